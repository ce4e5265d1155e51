"""What the service has learned and tells people: learned patterns and recommendations.

Each table has one writer here (`patterns` for `learned_patterns`, `recommendations` for
`recommendations`); the learning and usage stages decide what to write and call them, so a
row means the same thing whichever stage produced it. `recommendation_kinds` is the one
definition of each kind of recommendation that rules, dashboards and annotations are generated from.
"""
