-- The audit trail is append-only: no path (application, console, API) may change or remove an entry.
create trigger audit_entry_append_only
    before update, delete on audit_entry
    for each row call 'dev.launchdesk.audit.AppendOnlyTrigger';
