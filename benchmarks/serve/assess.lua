-- wrk script: POST one one-act scenario (a village head in a campaign team) to /v1/assess
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/yaml"
wrk.body = [[
version: 1
scenarios:
  - id: kades-tim-kampanye
    title: Kepala desa terdaftar sebagai anggota tim kampanye
    election: pemilu-2024
    actor: {id: kades-03, type: VILLAGE_HEAD}
    acts:
      - {type: CAMPAIGN_ROLE, date: 2023-12-15, role: TEAM_MEMBER, target: {kind: CANDIDATE}}
]]
