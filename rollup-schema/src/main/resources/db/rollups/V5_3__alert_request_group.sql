-- The request group whose p99 raised a latency alert, so that the alert names what is slow; '' for the rules
-- that read the whole site (traffic, error rate, silence) and for alerts raised before this column existed.
ALTER TABLE alerts ADD COLUMN request_group text NOT NULL DEFAULT '';
