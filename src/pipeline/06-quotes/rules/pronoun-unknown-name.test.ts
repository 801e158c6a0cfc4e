import { ruleTable } from '../testing';

// Examples written for this table: first names that the name lists do not know.
ruleTable(
  'pronoun-unknown-name',
  [
    ['Tjorven Axelsson driver ett bageri i Malmö.\n\n– Jag bakar varje morgon klockan fyra, säger hon.', { speaker: 'Tjorven Axelsson' }],
    ['Vi träffar Zlatana Kovačević i hennes ateljé.\n\n– Jag lärde mig svetsa av min morfar, säger hon.', { speaker: 'Zlatana Kovačević' }],
  ],
  [
    'Karin Ek driver ett bageri i Malmö.\n\n– Jag bakar varje morgon, säger hon.',
    'Bageriet ligger i Nya Zeeland.\n\n– Jag bakar varje morgon, säger hon.',
  ],
);
