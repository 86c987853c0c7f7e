-- Demo rooms exported from the staging database.
INSERT INTO rooms (id, name, session_id, token) VALUES
  -- ruleid: hardcoded-session-id
  (1, 'standup', '1_MX40NTgyODA2Mn5-VGh1IERlYyAwMyAxODozMDowMCBQU1QgMjAyNn5QS1IwQ3NUeTRRd2I4RHdrTmhGZG5Yc2l-UA', NULL),
  -- ok: hardcoded-session-id
  (2, 'retro', '', NULL),
  -- ok: hardcoded-session-id
  (3, 'notes', '1_MX40NTgyODA2Mn5-TW9uIE5vdiAy', NULL);

-- ruleid: hardcoded-session-id
UPDATE rooms SET session_id = '1_MX40NjI4NDkxN34yMDMuMC4xMTMuN35XZWQgT2N0IDA3IDE2OjQ1OjEzIFBEVCAyMDI2flJJQlh1REw3RHh0cFlsU1hwZkt0SEY0dn5Q' WHERE id = 2;

-- ok: hardcoded-session-id
UPDATE rooms SET session_id = NULL WHERE name = 'retro';

-- A pg_dump data block: every row is reported.
-- ruleid: hardcoded-session-id
COPY public.meetings (id, title, session_id) FROM stdin;
7	Weekly sync	1_MX40NTgyODA2Mn5-VGh1IERlYyAwMyAxODozMDowMCBQU1QgMjAyNn5QS1IwQ3NUeTRRd2I4RHdrTmhGZG5Yc2l-UA
8	Board	\N
\.
