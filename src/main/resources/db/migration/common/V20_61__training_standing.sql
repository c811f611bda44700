-- Each agent's standing in each (base) module: the current facts of the training history, kept in the same
-- transaction as every certification, assignment, completion and attempt written (TrainingStandings), so that readiness
-- as of today is an indexed aggregate over one row per agent and module instead of a re-aggregation of the history.
-- Statuses that depend on the day (expiring, expired) are worked out from valid_until by the query; the history stays
-- the record and answers for past days (the trend).
create table training_standing (
    module_id          uuid     not null references training_module (id),
    agent_id           uuid     not null references agent (id),
    valid_until        date,               -- end of validity of the certification in force (the latest ending); null: never certified
    certified_version  integer,            -- the highest SOP version number certified on
    open_assignments   integer  not null,  -- open assignments of the module itself (the first or a re-enrolment)
    started            integer  not null,  -- of those, the ones with a quiz attempt started
    open_deltas        integer  not null,  -- outstanding delta retrainings of the module
    primary key (module_id, agent_id)
);
create index ix_training_standing_agent on training_standing (agent_id);

-- Backfill from the history kept so far (the same rule TrainingStandings applies on every write).
insert into training_standing (module_id, agent_id, valid_until, certified_version, open_assignments, started, open_deltas)
select x.module_id, x.agent_id, max(x.valid_until), max(x.version), sum(x.own_open), sum(x.started), sum(x.delta_open)
  from (select c.module_id, c.agent_id, c.valid_until, c.sop_version_number as version, 0 as own_open, 0 as started, 0 as delta_open
          from training_certification c
        union all
        select a.module_id, a.agent_id, cast(null as date), cast(null as integer), case when a.completed_at is null then 1 else 0 end,
               case when a.completed_at is null and exists (select 1 from training_attempt p where p.assignment_id = a.id) then 1 else 0 end, 0
          from training_assignment a join training_module m on m.id = a.module_id
         where m.base_module_id is null
        union all
        select d.base_module_id, a.agent_id, cast(null as date), cast(null as integer), 0, 0, case when a.completed_at is null then 1 else 0 end
          from training_assignment a join training_module d on d.id = a.module_id
         where d.base_module_id is not null) x
 group by x.module_id, x.agent_id;
