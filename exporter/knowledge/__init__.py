"""What the service has learned and tells people: learned patterns, recommendations and feedback.

Each table has one writer here (`patterns` for `learned_patterns`, `recommendations` for
`recommendations`, `feedback` for `feedback`); the learning and usage stages decide what to
write and call them, so a row means the same thing whichever stage produced it, and a rating
takes one path whichever door it came in by (a rated case's confidence moves in `cases`).
`recommendation_kinds` is the one definition of each kind of recommendation that rules,
dashboards and annotations are generated from.
"""
