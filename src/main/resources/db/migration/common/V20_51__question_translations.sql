-- Translations of quiz questions, one row per text of a question version (its prompt, each option, its explanation)
-- and language. They arrive in the SOP's XLIFF file with the SOP's own segments; a question version never changes,
-- so a translation of it never goes stale (a revised question is a new version, translated anew).
create table training_question_translation (
    question_id    uuid          not null,
    version        integer       not null,
    language       varchar(20)   not null,   -- lower-case BCP 47 tag, e.g. th
    part           varchar(20)   not null,   -- prompt, option1 .. option8, explanation
    text           varchar(4000) not null,
    translated_by  varchar(50)   not null,
    translated_at  timestamp with time zone not null,
    primary key (question_id, version, language, part),
    foreign key (question_id, version) references training_question_version (question_id, version)
);
