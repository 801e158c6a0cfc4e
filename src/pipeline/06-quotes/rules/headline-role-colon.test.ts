import { ruleTable } from '../testing';

// Examples written for these tables.
ruleTable(
  'headline-role-colon',
  [
    ['Forskaren: ”Europa måste agera nu”\n\nVi har pratat med Eva Lind, docent i statsvetenskap.\n\nVad händer nu?\n\n– Det är svårt att säga.', { text: 'Europa måste agera nu', speaker: 'Eva Lind' }],
    ['Barnmorskan: ”Vi orkar inte springa fortare”\n\nPersonalen larmar.\n\n– Det är inte hållbart, säger barnmorskan Lena Holm.', { text: 'Vi orkar inte springa fortare', speaker: 'Lena Holm' }],
    ['Ekonomen: Vänta med att binda lånet\n\nEkonomen Mats Berg svarar på frågor.\n\n– Räntan sjunker nog.', { text: 'Vänta med att binda lånet', speaker: 'Mats Berg' }],
  ],
  [
    'Stockholm: Trafiken står still i hela city\n\nText.',
    'Fakta: Så här fungerar det nya systemet\n\nText.',
    'Anna Ek: Vi måste bygga fler förskolor\n\nText.',
    'Kritikerna: Beslutet är fel\n\nText.',
  ],
);

ruleTable(
  'title-role',
  [['Tränaren: ”Vi måste bli bättre”\n\nTränaren Ola Berg var besviken efter matchen.\n\n– Vi var för passiva, säger Ola Berg.', { speaker: 'Ola Berg' }]],
  ['Tränaren: ”Vi måste bli bättre”\n\nLaget förlorade igen i går.'],
);
