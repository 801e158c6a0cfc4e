import { ruleTable } from '../testing';

// Examples written for this table.
ruleTable(
  'dash-line-before',
  [
    ['Beslutet väcker kritik.\n\nHugo Falk håller inte med.\n\n– Det här är fel väg att gå.', { speaker: 'Hugo Falk' }],
    ['Mötet var stormigt. Anna Lund reste sig upp.\n\n– Det här accepterar vi inte.', { speaker: 'Anna Lund' }],
    ['Mötet var stormigt.\n\nEnligt Ola Ek var tonen hård.\n\n– Vi fick inte säga något alls.', { speaker: 'Ola Ek' }],
  ],
  [
    'Bad sker på egen risk.\n\n– Ingen livräddare finns på plats.',
    'Vem tar över efter Anna Ek?\n\n– Det vet ingen ännu.',
  ],
);

ruleTable(
  'previous-speaker',
  [
    ['Laget vann.\n\n– Vi var bäst i dag, säger Lina Ek.\n\n– Nu tar vi sikte på guldet.', { text: 'Nu tar vi sikte på guldet.', speaker: 'Lina Ek' }],
    ['Budgeten klubbad.\n\n– Skatten ligger still, säger Eva Lund.\n\nOppositionen röstade nej.\n\n– Vi satsar ändå på skolan.', { text: 'Vi satsar ändå på skolan.', speaker: 'Eva Lund' }],
  ],
  ['Bad sker på egen risk.\n\n– Ingen livräddare finns på plats.'],
);
