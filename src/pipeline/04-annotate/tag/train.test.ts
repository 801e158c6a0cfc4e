// Smoke test of the trainer (scripts/train/tagger.ts): the perceptron and the lemma tables learn a
// few hand-written CoNLL-U sentences, and the serialised model tags them back through the runtime.
import { describe, expect, it } from 'vitest';
import { parseConllu, participleLemma, trainModel } from '../../../../scripts/train/tagger';
import { loadModel } from './model';
import { TAG_LETTERS, TAGS } from './features';
import { lemmatize } from './lemma';

const row = (i: number, form: string, lemma: string, upos: string): string => `${i}\t${form}\t${lemma}\t${upos}\t_\t_\t_\t_\t_\t_`;
const sentence = (words: [string, string, string][]): string => words.map(([f, l, u], i) => row(i + 1, f, l, u)).join('\n') + '\n';

const CONLLU = [
  sentence([['Hon', 'hon', 'PRON'], ['läser', 'läsa', 'VERB'], ['boken', 'bok', 'NOUN'], ['.', '.', 'PUNCT']]),
  sentence([['Han', 'han', 'PRON'], ['köper', 'köpa', 'VERB'], ['bilen', 'bil', 'NOUN'], ['.', '.', 'PUNCT']]),
  sentence([['Barnen', 'barn', 'NOUN'], ['läser', 'läsa', 'VERB'], ['böcker', 'bok', 'NOUN'], ['.', '.', 'PUNCT']]),
  sentence([['Vi', 'vi', 'PRON'], ['har', 'ha', 'AUX'], ['köpt', 'köpa', 'VERB'], ['en', 'en', 'DET'], ['bil', 'bil', 'NOUN'], ['.', '.', 'PUNCT']]),
  sentence([['Hon', 'hon', 'PRON'], ['sa', 'säga', 'VERB'], ['att', 'att', 'SCONJ'], ['han', 'han', 'PRON'], ['läser', 'läsa', 'VERB'], ['.', '.', 'PUNCT']]),
].join('\n');

describe('trainer smoke test', () => {
  const sents = parseConllu(CONLLU);
  const model = loadModel(trainModel(sents));

  it('parses the hand-written CoNLL-U', () => {
    expect(sents).toHaveLength(5);
    expect(sents[3]![2]).toEqual({ form: 'köpt', lemma: 'köpa', upos: 'VERB' });
  });

  it('tags and lemmatises its training sentences back', () => {
    for (const s of sents) {
      const forms = s.map((t) => t.form);
      const tags = model.compiled.decode({ forms, lowers: forms.map((f) => f.toLowerCase()) });
      expect(tags.map((t) => TAGS[t])).toEqual(s.map((t) => t.upos));
      s.forEach((t, i) => {
        const id = tags[i]!;
        expect(lemmatize(t.form, t.form.toLowerCase(), TAGS[id]!, TAG_LETTERS[id]!, model.lemma)).toBe(t.lemma);
      });
    }
  });

  it('is deterministic', () => {
    expect(trainModel(sents)).toEqual(trainModel(sents));
  });

  it('moves participle lemmas to current UD practice', () => {
    const ptcp = (form: string, lemma: string, um: string) => participleLemma({ form, lemma, upos: 'ADJ', unimorph: um });
    expect(ptcp('värderade', 'värdera', 'PST;NOM;ADJ;PL;V.PTCP')).toBe('värderad');
    expect(ptcp('taget', 'ta', 'PST;NOM;ADJ;NEUT;V.PTCP;SG;INDF')).toBe('tagen');
    expect(ptcp('sett', 'se', 'PST;NOM;ADJ;NEUT;V.PTCP;SG;INDF')).toBe('sedd');
    expect(ptcp('fortsatt', 'fortsätta', 'PST;NOM;ADJ;NEUT;V.PTCP;SG;INDF')).toBe('fortsatt');
    expect(ptcp('följande', 'följa', 'PRS;ADJ;V.PTCP;NOM')).toBe('följande');
    expect(ptcp('stor', 'stor', 'NOM;ADJ;SG;INDF')).toBe('stor');
  });
});
