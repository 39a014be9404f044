// The fingerprint of each report's text, so a folder of article texts can be checked before its
// passages are shown: the SHA-256 of the file the spans were marked on.
MATCH (d:Document)
RETURN d.id AS id, d.textSha256 AS sha256
ORDER BY id
