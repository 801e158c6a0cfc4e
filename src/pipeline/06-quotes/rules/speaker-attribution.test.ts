import { ruleTable } from '../testing';

// Examples written for this table.
ruleTable(
  'speaker-attribution',
  [
    ['Hamnen byggs ut.\n\n– Vi börjar i vår, säger Sara Berg.', { speaker: 'Sara Berg' }],
    ['Anna Ek leder arbetet.\n\n– Det går bra nu, säger hon.', { speaker: 'Anna Ek' }],
    ['Bron stängs.\n\n– Ingen får passera i natt, enligt polisen.', { speaker: 'polisen' }],
    ['Utrikesminister Per Lind reser till Kiev.\n\n– Vi står fast vid vårt stöd, säger ministern.', { speaker: 'Per Lind' }],
  ],
  ['Bron stängs.\n\n– Ingen får passera i natt.', 'Lina Ek säger att bron stängs i helgen.'],
);

ruleTable(
  'quoted-heading-byline',
  [['# ”Skolan behöver lugn och ro nu”\n\nDebattartikel av Anna Ek och Per Holm\n\nText.', { speaker: 'Anna Ek och Per Holm' }]],
  ['# ”Skolan behöver lugn och ro nu”\n\nText utan byline.', 'Rubrik\n\nHon läste ”Skolan behöver lugn och ro nu” i tidningen.'],
);

// A role before a name in the attribution or the subject is no part of the name.
ruleTable(
  'speaker-attribution',
  [
    ['Bryggeriet växer.\n\nGrundaren Ali Demir säger: ”Vi hade aldrig trott att det skulle gå så bra.”', { speaker: 'Ali Demir' }],
    ['Tjänsterna blir fler.\n\n– Vi bygger ut hela tiden, säger IT-strateg Nils Fors.', { speaker: 'Nils Fors' }],
    ['Konstnären Hedda Ek visar sina verk i vår. Utställningen är kurerad av Karin Wall.\n\n– Jag har arbetat med dem i fem år, säger hon.', { speaker: 'Hedda Ek' }],
    ['Polisen beskriver mannen som ”mycket påverkad och svår att tala med” vid gripandet.', { speaker: 'polisen' }],
  ],
  ['Lars Ek säger att Karin Berg ska leda arbetet.'],
);
