// The small, clean strategy the rules' tests change one thing in.
export const BASE = `version: 1
name: Test strategy
period: {start: 2027-01-01, end: 2027-06-30}
objectives:
  - id: sales
    title: More online sales
platforms:
  - id: ig
    network: instagram
metrics:
  - id: followers
    name: Instagram followers
    platform: ig
    values:
      2027-01: 1000
      2027-02: 1100
      2027-03: 1200
reviews:
  - {date: 2027-03-31, month: 2027-03}
goals:
  - id: grow
    title: Grow Instagram followers steadily
    objective: sales
    metric: followers
    target: 1400
    deadline: 2027-06-30
`;
