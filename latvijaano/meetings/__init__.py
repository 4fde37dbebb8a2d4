"""Meetings: the Security Council meetings of Latvia's record, kept once in data/meetings.yml
(checked against data/schemas/meetings.schema.json and by loading.py), and every page, calendar
and open-data file made from it.

Per language build (events.py)
- a page per meeting, sanaksmes/<id>/ (date and time in New York and in Riga, format, agenda
  item, Latvia's role, number, record, UN Web TV, its statements, "add to calendar");
- the meetings list at `<!-- data: meetings -->` (sanaksmes/index.md): coming first (soonest
  first), then past (latest first), 20 to a page, further pages sanaksmes/lapa/2/ ..., with
  "subscribe" links (webcal: and https:) to the language's calendar;
- the presidency's meetings at `<!-- data: presidency-programme -->` (padome/prezidentura.md):
  every meeting of the presidency month, in date order, "provisional" until the month is over;
- the calendar dati/sanaksmes.ics (and its alias sanaksmes/kalendars.ics) and an .ics per meeting
  sanaksmes/<id>.ics (calendar_events.py), and the open data dati/sanaksmes.json, dati/sanaksmes.csv
  and dati/sanaksmes.schema.json (en/dati/... in English; latvijaano/outputs/open_data.py writes them).

A meeting is "coming" from the build's today (SITE_DATE, Riga) up to and including its own day
(its date in New York): on its day it is still listed as coming, marked "today"; from the day
after, it is past.

A moved meeting keeps its id, page and calendar UID (`moved_from`: the id's date; its pages say
"Moved from …"); a cancelled one (`status: cancelled`) keeps its entry and page, marked cancelled in
the list, on its page, in the presidency programme and in the calendars (STATUS:CANCELLED), and is
left out of the home page's coming meetings and of the record of meetings held.

Statements name their meeting in front matter (`meeting: <id>`, checked by latvijaano/rules/);
the meeting page lists them, the statement's facts link to the meeting (latvijaano/statements/).
"""
