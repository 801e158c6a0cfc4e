import { ruleTable } from '../testing';

// Examples written for this table.
ruleTable(
  'colon-quotation',
  [
    ['Kaptenen efter förlusten: ”Vi måste skapa fler chanser framåt”\n\nLaget spelade oavgjort i kväll.', { text: 'Vi måste skapa fler chanser framåt', speaker: null }],
    ['Stipendiet gick till Maja Ek med följande motivering:\n\n” Hon har under många år lyft fram unga röster i sin musik.”', { text: 'Hon har under många år lyft fram unga röster i sin musik.', speaker: null }],
    ['Föreningen fyller hundra år. Ordföranden Eva Lund skriver:\n\n” Vi firar hela sommaren med fester i parken.”', { text: 'Vi firar hela sommaren med fester i parken.', speaker: 'Eva Lund' }],
  ],
  [
    'Skylten säger:\n\n”Parkering förbjuden”',
    'Så här gör du:\n\nSkruva av locket och häll i vattnet.',
    'Rubrik: Allt om valet i höst\n\nText.',
  ],
);
