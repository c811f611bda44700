-- Failed sign-ins per user and per client address, shared by every app node: after a few failures the key is locked
-- for a while (doubling with each further failure), see identity.SignInThrottle.
create table sign_in_throttle (
    throttle_key    varchar(200) primary key,
    failures        integer      not null,
    last_failure_at timestamp with time zone not null,
    locked_until    timestamp with time zone
);

-- API tokens now always expire (90 days unless asked otherwise, at most 366): tokens issued without an expiry
-- before this change get 90 days from now.
update api_token set expires_at = current_timestamp + interval '90' day where expires_at is null and revoked_at is null;
