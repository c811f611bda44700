-- Agents acknowledge every published SOP version that applies to them; a user with the role AGENT
-- is linked to their row in the agent roster.
alter table app_user add column agent_id uuid references agent (id);

create table sop_acknowledgement (
    id              uuid        primary key,
    version_id      uuid        not null references sop_version (id),
    agent_id        uuid        not null references agent (id),
    acknowledged_at timestamp with time zone not null,
    acknowledged_by varchar(50) not null,
    constraint uq_sop_acknowledgement unique (version_id, agent_id)
);
create index ix_sop_acknowledgement_agent on sop_acknowledgement (agent_id);
