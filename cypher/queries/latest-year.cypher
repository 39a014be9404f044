// The year of the newest dated report: the year a question's "June 28" is taken in.
MATCH (d:Document)
WHERE d.published IS NOT NULL
RETURN max(substring(d.published, 0, 4)) AS year
