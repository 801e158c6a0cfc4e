import { ruleTable } from '../testing';

// Examples written for this table.
ruleTable(
  'group-before',
  [
    ['Anna och Per Svensson har drivit gården i trettio år.\n\n– Vi tänker inte sluta nu, säger de.', { speaker: 'Anna och Per Svensson' }],
    ['Maja Lind och Omar Farah startade bolaget.\n\n– Det var svårare än vi trodde, säger båda.', { speaker: 'Maja Lind och Omar Farah' }],
    ['Grannarna har bott på gatan i femtio år.\n\n– Så mycket snö har vi aldrig sett, säger de båda.', { speaker: 'grannarna' }],
  ],
  ['Anna Ek driver gården.\n\n– Vi tänker inte sluta nu, säger hon.'],
);

ruleTable(
  'pair-noun',
  [
    ['Anna och Per Ek bor precis vid bron.\n\n– Vi får ta båten i stället, säger paret.', { speaker: 'Anna och Per Ek' }],
    ['Lena och Stig Holm firar guldbröllop.\n\n– Vi har aldrig bråkat om disken, säger makarna.', { speaker: 'Lena och Stig Holm' }],
  ],
  ['Det var en lång natt.\n\n– Vi får ta båten i stället, säger paret.', 'Anna Ek bor vid bron.\n\n– Vi får ta båten, säger hon.'],
);
