import { ruleTable } from '../testing';

// Examples written for this table.
ruleTable(
  'quotation-marks',
  [
    ['Bolaget varslar.\n\n”Vi ser ingen annan väg framåt”, skriver vd Karl Berg i ett mejl.', { text: 'Vi ser ingen annan väg framåt', speaker: 'Karl Berg' }],
    ['Lina Ek säger: ”Vi har gjort allt vi kan för att rädda butiken.”', { text: 'Vi har gjort allt vi kan för att rädda butiken.', speaker: 'Lina Ek' }],
    ['”Helt otroligt!” säger Anna Dahl efter loppet.', { text: 'Helt otroligt!', speaker: 'Anna Dahl' }],
    ['Kommunen svarar.\n\n»Vi tar kritiken på stort allvar och ser över rutinerna«, skriver kommunen.', { text: 'Vi tar kritiken på stort allvar och ser över rutinerna', speaker: 'kommunen' }],
  ],
  [
    'Hon har skrivit boken ”Ett år i skogen med barnen” som kom i fjol.',
    'Det så kallade ”gröna kortet” gäller från maj.',
    'Han kallade det ”ett stort misstag” i en intervju.',
    'Projektet heter ”Framtidens skola i norr” och startar i höst.',
  ],
);
