-- The training module: modules built from SOP sections, a versioned question bank per SOP section, quiz attempts,
-- assignments (by rule or by name), certifications as history rows, and the delta modules of SOP changes.

-- A module: sections (by anchor) of an SOP as it is in force in a market, pinned to the SOP version it was written
-- for, with its quiz policy and the validity of its certification. A delta module (base_module_id set) holds only
-- the sections one SOP version changed, for the agents certified on the version before it.
create table training_module (
    id                     uuid         primary key,
    sop_key                varchar(40)  not null,
    market_code            varchar(2)   not null references market (code),
    title                  varchar(200) not null,
    notes                  varchar(8000) not null,
    pinned_version_id      uuid         not null,
    pinned_version_number  integer      not null,
    validity_months        integer      not null,
    questions_per_section  integer      not null,
    pass_mark_percent      integer      not null,
    attempts_allowed       integer      not null,
    time_limit_minutes     integer      not null,
    shuffle                boolean      not null,
    base_module_id         uuid         references training_module (id),
    sop_document_id        uuid,
    from_version_id        uuid,
    informational          boolean      not null default false,
    created_by             varchar(50)  not null,
    created_at             timestamp with time zone not null,
    constraint ck_training_module_policy check (questions_per_section between 1 and 20 and pass_mark_percent between 1 and 100
                                                and attempts_allowed between 1 and 20 and time_limit_minutes between 1 and 240
                                                and validity_months between 1 and 60),
    -- one delta module per module and new SOP version: a replayed publication creates none twice
    constraint uq_training_delta unique (base_module_id, pinned_version_id)
);
create index ix_training_module_sop on training_module (sop_key, market_code);

-- The sections of a module in reading order; a delta module keeps the old text of each changed section for the redline.
create table training_module_section (
    module_id  uuid          not null references training_module (id),
    position   integer       not null,
    anchor     varchar(200)  not null,
    heading    varchar(500)  not null,
    old_text   text,
    primary key (module_id, position),
    constraint uq_training_module_section unique (module_id, anchor)
);

-- A question of the bank, about one section of an SOP (by key and anchor); its text lives in immutable versions.
create table training_question (
    id             uuid          primary key,
    sop_key        varchar(40)   not null,
    section_anchor varchar(200)  not null,
    current_version integer      not null,
    needs_review   boolean       not null default false,
    review_reason  varchar(500),
    retired        boolean       not null default false,
    created_at     timestamp with time zone not null
);
create index ix_training_question_section on training_question (sop_key, section_anchor);

create table training_question_version (
    question_id  uuid          not null references training_question (id),
    version      integer       not null,
    kind         varchar(16)   not null,
    prompt       varchar(2000) not null,
    options      text          not null,   -- JSON array of the option texts
    correct      varchar(200)  not null,   -- JSON array of the indexes of the correct options
    explanation  varchar(4000) not null,
    written_by   varchar(50)   not null,
    written_at   timestamp with time zone not null,
    primary key (question_id, version)
);

-- A rule that keeps assigning a module to the agents who match it, also those who join later.
create table training_assignment_rule (
    id          uuid         primary key,
    module_id   uuid         not null references training_module (id),
    vendor_id   uuid,
    site_id     uuid,
    language    varchar(20),
    skill       varchar(60),
    due_days    integer      not null,
    created_by  varchar(50)  not null,
    created_at  timestamp with time zone not null
);

-- A module to do by a date. cycle counts re-enrolments of the same agent in the same module.
create table training_assignment (
    id            uuid         primary key,
    module_id     uuid         not null references training_module (id),
    agent_id      uuid         not null references agent (id),
    cycle         integer      not null,
    rule_id       uuid         references training_assignment_rule (id),
    due_on        date         not null,
    assigned_by   varchar(50)  not null,
    assigned_at   timestamp with time zone not null,
    completed_at  timestamp with time zone,
    constraint uq_training_assignment unique (module_id, agent_id, cycle)
);
create index ix_training_assignment_agent on training_assignment (agent_id);

-- A quiz attempt: the questions it was given (at their versions, options in the order shown), the deadline the server
-- enforces, and once submitted the answers and the score. Never changed after submission.
create table training_attempt (
    id              uuid         primary key,
    assignment_id   uuid         not null references training_assignment (id),
    module_id       uuid         not null references training_module (id),
    agent_id        uuid         not null references agent (id),
    sop_document_id uuid         not null,
    sop_version_id  uuid         not null,
    sop_version_number integer   not null,
    started_at      timestamp with time zone not null,
    deadline        timestamp with time zone not null,
    submitted_at    timestamp with time zone,
    score_percent   integer,
    passed          boolean,
    lock_version    integer      not null default 0
);
create index ix_training_attempt_assignment on training_attempt (assignment_id);

create table training_attempt_question (
    attempt_id        uuid          not null references training_attempt (id),
    position          integer       not null,
    question_id       uuid          not null,
    question_version  integer       not null,
    option_order      varchar(200)  not null,   -- JSON array: the stored option index shown at each place
    answer            varchar(200),             -- JSON array of the stored option indexes chosen
    correct           boolean,
    primary key (attempt_id, position),
    foreign key (question_id, question_version) references training_question_version (question_id, version)
);

-- A certification: an agent passed a module (or acknowledged an informational delta) on an SOP version. History
-- rows, never changed: a later pass adds a row.
create table training_certification (
    id                 uuid         primary key,
    agent_id           uuid         not null references agent (id),
    module_id          uuid         not null references training_module (id),
    through_module_id  uuid         not null references training_module (id),
    sop_document_id    uuid         not null,
    sop_version_id     uuid         not null,
    sop_version_number integer      not null,
    certified_on       date         not null,
    valid_until        date         not null,
    attempt_id         uuid         references training_attempt (id),
    recorded_at        timestamp with time zone not null
);
create index ix_training_certification_agent on training_certification (agent_id, module_id);
create index ix_training_certification_sop on training_certification (sop_document_id);

-- Expiry notices sent (30, 7, 1 days before, and expired): each once per agent, module and end of validity (a
-- passed delta adds a certification row with the same end of validity, and sends nothing again).
create table training_expiry_notice (
    agent_id     uuid        not null references agent (id),
    module_id    uuid        not null references training_module (id),
    valid_until  date        not null,
    stage        varchar(10) not null,
    sent_at      timestamp with time zone not null,
    primary key (agent_id, module_id, valid_until, stage)
);
