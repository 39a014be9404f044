// The year of the newest dated report: the year a question's "June 28" is taken in.
// (ISO dates sort as text: the newest is the greatest, read from the end of the index on published)
MATCH (d:Document)
WHERE d.published IS NOT NULL
RETURN substring(d.published, 0, 4) AS year
ORDER BY d.published DESC
LIMIT 1
