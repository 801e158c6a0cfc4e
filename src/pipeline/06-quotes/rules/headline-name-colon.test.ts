import { ruleTable } from '../testing';

// Examples written for this table.
ruleTable(
  'headline-name-colon',
  [
    ['Anna Ek: Vi måste bygga fler förskolor\n\nBarnen blir fler i kommunen.', { text: 'Vi måste bygga fler förskolor', speaker: 'Anna Ek' }],
    ['Statsminister Eva Berg: Sverige står enat\n\nRegeringen samlades i går.', { text: 'Sverige står enat', speaker: 'Eva Berg' }],
    ['Per Holm: ”Det här är bara början”\n\nHan leder projektet.', { text: 'Det här är bara början', speaker: 'Per Holm' }],
  ],
  [
    'Foto: Anna Ek tog bilden i går kväll\n\nText.',
    'Fakta: Så här fungerar det nya systemet\n\nText.',
    'Stockholm: Trafiken står still i hela city\n\nText.',
    'Vädret i dag\n\nAnna Ek: Vi måste bygga fler förskolor',
  ],
);
