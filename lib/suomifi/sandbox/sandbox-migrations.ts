// The sandbox's own schema, versioned: append new statements as a new entry, never edit an applied one.
export const SANDBOX_SCHEMA = "suomifi_sandbox";

export const SANDBOX_MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE suomifi_sandbox.settings (key text PRIMARY KEY, value jsonb NOT NULL);
  CREATE TABLE suomifi_sandbox.systems (
    username text PRIMARY KEY,
    password text NOT NULL
  );
  CREATE TABLE suomifi_sandbox.services (
    service_id text PRIMARY KEY,
    username text NOT NULL REFERENCES suomifi_sandbox.systems(username) ON DELETE CASCADE,
    organisation_id text NOT NULL,
    name text NOT NULL
  );
  CREATE TABLE suomifi_sandbox.tokens (
    token text PRIMARY KEY,
    username text NOT NULL,
    expires_at timestamptz NOT NULL,
    is_revoked boolean NOT NULL DEFAULT false
  );
  CREATE TABLE suomifi_sandbox.mailboxes (
    id text PRIMARY KEY,
    name text NOT NULL,
    is_active boolean NOT NULL,
    has_address_block boolean NOT NULL DEFAULT false,
    note text NOT NULL DEFAULT ''
  );
  CREATE TABLE suomifi_sandbox.attachments (
    id uuid PRIMARY KEY,
    username text,
    filename text NOT NULL,
    media_type text NOT NULL,
    size_bytes integer NOT NULL,
    content bytea NOT NULL,
    created_at timestamptz NOT NULL
  );
  CREATE TABLE suomifi_sandbox.messages (
    id bigserial PRIMARY KEY,
    direction text NOT NULL CHECK (direction IN ('to_citizen', 'from_citizen')),
    channel text NOT NULL DEFAULT 'electronic',
    service_id text NOT NULL,
    person_id text NOT NULL,
    external_id text,
    title text NOT NULL,
    body text NOT NULL,
    request jsonb,
    in_reply_to bigint,
    thread_root bigint,
    thread_external_id text,
    post_id text,
    reference text,
    created_at timestamptz NOT NULL,
    UNIQUE (service_id, external_id)
  );
  CREATE INDEX messages_person_idx ON suomifi_sandbox.messages (person_id, created_at);
  CREATE TABLE suomifi_sandbox.message_attachments (
    message_id bigint NOT NULL REFERENCES suomifi_sandbox.messages(id) ON DELETE CASCADE,
    attachment_id uuid NOT NULL REFERENCES suomifi_sandbox.attachments(id) ON DELETE CASCADE,
    position integer NOT NULL,
    PRIMARY KEY (message_id, attachment_id)
  );
  CREATE TABLE suomifi_sandbox.events (
    id bigserial PRIMARY KEY,
    service_id text NOT NULL,
    type text NOT NULL,
    event_time timestamptz NOT NULL,
    message_id bigint,
    external_id text
  );
  CREATE INDEX events_service_idx ON suomifi_sandbox.events (service_id, id);
  CREATE TABLE suomifi_sandbox.pending_posts (
    id text PRIMARY KEY,
    service_id text NOT NULL,
    title text NOT NULL,
    body text NOT NULL,
    return_url text,
    language text,
    reference text,
    attachment_ids uuid[] NOT NULL,
    expires_at timestamptz NOT NULL
  );
  CREATE TABLE suomifi_sandbox.faults (
    endpoint text PRIMARY KEY,
    status integer NOT NULL,
    remaining integer,
    latency_ms integer NOT NULL DEFAULT 0
  );
  `,
  // Suomi.fi Identification test IdP: keys, registered service providers, pending requests, SSO sessions.
  `
  CREATE TABLE suomifi_sandbox.idp_keys (
    id text PRIMARY KEY,
    private_key text NOT NULL,
    certificate text NOT NULL
  );
  CREATE TABLE suomifi_sandbox.idp_service_providers (
    entity_id text PRIMARY KEY,
    metadata text NOT NULL,
    registered_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE TABLE suomifi_sandbox.idp_authn_requests (
    id text PRIMARY KEY,
    sp_entity_id text NOT NULL,
    request_id text NOT NULL,
    relay_state text,
    requested_contexts text[] NOT NULL,
    is_force_authn boolean NOT NULL DEFAULT false,
    locale text NOT NULL,
    expires_at timestamptz NOT NULL
  );
  CREATE TABLE suomifi_sandbox.idp_sessions (
    id text PRIMARY KEY,
    person_id text NOT NULL,
    authn_context text NOT NULL,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL
  );
  CREATE TABLE suomifi_sandbox.idp_session_participants (
    session_id text NOT NULL REFERENCES suomifi_sandbox.idp_sessions(id) ON DELETE CASCADE,
    sp_entity_id text NOT NULL,
    name_id text NOT NULL,
    session_index text NOT NULL,
    PRIMARY KEY (session_id, sp_entity_id)
  );
  `,
  // Whether citizens may start new messages to a service ("Uusi viesti"; DVV sets it per service).
  `
  ALTER TABLE suomifi_sandbox.services ADD COLUMN accepts_new_messages boolean NOT NULL DEFAULT true;
  `,
  // Acting on behalf (Valtuudet emulated): the person who sent a message for the mailbox owner.
  `
  ALTER TABLE suomifi_sandbox.messages ADD COLUMN agent_id text;
  `,
  // What the recipient did with a message sent to them: opened it, confirmed receipt of a verifiable one.
  `
  ALTER TABLE suomifi_sandbox.messages ADD COLUMN read_at timestamptz;
  ALTER TABLE suomifi_sandbox.messages ADD COLUMN receipt_confirmed_at timestamptz;
  `,
];
