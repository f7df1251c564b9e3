import { describe, expect, test } from 'vitest';
import { firstSentence, proseParagraphs, proseSentences, proseText } from '../../../src/lib/content/prose-text';

describe('prose as plain text', () => {
  test('paragraphs are the blocks between blank lines, without headings, imports or comments', () => {
    const mdx = 'import X from "y";\n\n# Title\n\nOne\nline two.\n\n  \n{/* note */}\n\n<h2 id="a">Head</h2>\n\nThree.\n';
    expect(proseParagraphs(mdx)).toEqual(['One\nline two.', 'Three.']);
  });

  test('drops tags and expressions, keeps link text, removes emphasis', () => {
    expect(proseText('UNESCO named <F id="x">Ambon</F> a *City of Music* ([list](/en/x/)) in {props.year} __now__ and _then_.')).toBe(
      'UNESCO named Ambon a City of Music (list) in now and then.',
    );
  });
});

describe('the first sentence of a story', () => {
  test('ends at the first full stop before a capital letter, in plain text', () => {
    expect(firstSentence('Hamamatsu is a <F id="d">UNESCO City of Music</F>. It is in Japan.\n\nMore.')).toBe('Hamamatsu is a UNESCO City of Music.');
  });

  test('does not end after an initial, “no.” or a decimal point, and keeps a closing quote', () => {
    expect(firstSentence('Acting Mayor Dominggus N. Kaya read story no. 4153425, scored 4.6–5.0, “Excellent.” Then more.')).toBe(
      'Acting Mayor Dominggus N. Kaya read story no. 4153425, scored 4.6–5.0, “Excellent.”',
    );
  });

  test('is the whole first paragraph when it has one sentence', () => {
    expect(firstSentence('Menurut ANTARA, Ambon dan Hamamatsu menjajaki kerja sama\n\nParagraf kedua.')).toBe('Menurut ANTARA, Ambon dan Hamamatsu menjajaki kerja sama');
  });
});

describe('the sentences of a paragraph', () => {
  test('split after a closing fact link and before an opening one, markup kept', () => {
    expect(proseSentences('Ambon is a <F id="a">City of Music.</F> <F id="b">According to ANTARA, it is</F> more. Dr. Who. Yes!')).toEqual([
      'Ambon is a <F id="a">City of Music.</F>',
      '<F id="b">According to ANTARA, it is</F> more.',
      'Dr. Who.',
      'Yes!',
    ]);
  });
});
