import { ruleTable } from '../testing';

// Examples written for these tables.
ruleTable(
  'next-dash-speaker',
  [
    ['– Vi är så glada i dag.\n\n– Det blev precis som vi hoppades, säger Eva Lund.', { text: 'Vi är så glada i dag.', speaker: 'Eva Lund' }],
    ['Text.\n\n– Jag trodde aldrig att vi skulle klara det.\n– Men laget gav allt, säger Per Holm.', { text: 'Jag trodde aldrig att vi skulle klara det.', speaker: 'Per Holm' }],
  ],
  ['– Vi är så glada i dag.\n\nDet var en fin dag.\n\n– Det blev bra, säger Eva Lund.'],
);

ruleTable(
  'repeated-quote',
  [['– Vi ger aldrig upp\n\nLaget förlorade igen.\n\n– Vi ger aldrig upp, säger tränaren Ola Berg.', { text: 'Vi ger aldrig upp', speaker: 'Ola Berg' }]],
  ['– Vi ger aldrig upp\n\nLaget förlorade igen.\n\n– Nästa match vinner vi, säger tränaren Ola Berg.'],
);

ruleTable(
  'title-quotation',
  [
    ['”Jag vill att fler unga ska läsa”\n\nFörfattaren Eva Lund besöker skolan.\n\n– Böcker öppnar världen, säger Eva Lund.', { text: 'Jag vill att fler unga ska läsa', speaker: 'Eva Lund' }],
  ],
  [
    '”Jag vill att fler unga ska läsa”\n\nTvå författare besöker skolan.\n\n– Böcker öppnar världen, säger Eva Lund.\n\n– Läs varje dag, säger Per Holm.',
  ],
);
