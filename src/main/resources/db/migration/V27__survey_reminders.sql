-- When a survey's reminder was sent: set by the one instance that claims it, in the transaction that queues the mail.
alter table survey add column reminder_sent_at timestamptz;
