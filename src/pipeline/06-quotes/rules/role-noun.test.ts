import { ruleTable } from '../testing';

// Examples written for this table.
ruleTable(
  'role-noun',
  [
    ['Laget föll hemma. Tränaren Per Strand var inte nöjd.\n\n– Vi var för passiva, säger tränaren.', { speaker: 'Per Strand' }],
    ['Magnus Berg, 38, förlänger med klubben.\n\n– Kroppen håller fortfarande, säger 38-åringen.', { speaker: 'Magnus Berg' }],
    ['Norske backen Sondre Lie gjorde matchens enda mål.\n\n– Det var skönt att det kom, säger norrmannen.', { speaker: 'Sondre Lie' }],
    ['S-ledaren Marie Dahl kräver en utredning.\n\n– Hemtjänsten måste ses över, säger S-ledaren.', { speaker: 'Marie Dahl' }],
    ['Kammaråklagare Erik Sund leder utredningen.\n\n– Han har lurat många, säger åklagaren.', { speaker: 'Erik Sund' }],
    ['Nordteks vd Kristina Ahl varslar 120 anställda.\n\n– Orderingången har fallit, säger vd:n.', { speaker: 'Kristina Ahl' }],
    ['Skolan har fått en ny ledning. Rektor Sara Lind började i augusti.\n\n– Jag vill ha lugn i korridorerna, säger den nya rektorn.', { speaker: 'Sara Lind' }],
    ['Besöket i Kiruna\n\nLandshövding Lotta Berg besökte gruvan.\n\n– Det är imponerande, säger landshövdingen.', { speaker: 'Lotta Berg' }],
  ],
  [
    'Branden släcktes i natt.\n\n– Ingen skadades, säger polisen.',
    'Skolan har fått en ny ledning.\n\n– Jag vill ha lugn, säger en lärare på skolan.',
    'Magnus Berg, 38, förlänger med klubben.\n\n– Kroppen håller, säger 40-åringen.',
    'Danske backen Mads Holm gjorde mål.\n\n– Det var skönt, säger norrmannen.',
  ],
);
