-- The audit trail is append-only: no path (application, console, API) may change or remove an entry.
create function audit_entry_is_append_only() returns trigger as $$
begin
    raise exception 'audit_entry is append-only: % is not allowed', tg_op;
end;
$$ language plpgsql;

create trigger audit_entry_append_only
    before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
