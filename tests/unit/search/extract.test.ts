import { describe, expect, test } from 'vitest';
import { parse } from 'node-html-parser';
import { articles, extractEvents, extractFacts, extractSources, readableText, shownDate } from '../../../src/lib/search/extract';

// Shaped like the built list pages (FactCard.astro, EventItem.astro, sources/index.astro).
const FACTS = `<main><h1>All facts</h1>
<article class="fact" id="ambon-designation" data-status="verified" data-pagefind-ignore><p class="statement">Ambon was designated a City of Music.</p><p class="fact-meta"><span class="badge">Verified</span><span>Date: <time datetime="2019-10">October 2019</time></span><a href="/en/facts/#ambon-designation">#ambon-designation</a></p><ul class="citations"><li><blockquote lang="id"><p>“Ambon ditetapkan sebagai kota musik”</p></blockquote><p class="translation"><span class="visually-hidden">Translation: </span>[Ambon was designated]</p><cite><a href="/en/sources/#antara">ANTARA</a></cite></li></ul><p class="meta" data-pagefind-ignore>Last checked: <time datetime="2026-11-20">20 November 2026</time></p></article>
<article class="fact" id="undated" data-status="attributed"><p class="statement">A claim with no date.</p><p class="fact-meta"><span class="badge">Attributed claim</span> <a class="fact-ref" href="/en/facts/#x">fact</a></p><div class="claims"><p>Values</p><ol><li>3 <time datetime="2024">2024</time></li></ol></div></article>
</main>`;

describe('readableText', () => {
  test('keeps words apart at block boundaries and together inside inline elements', () => {
    const root = parse('<div><p>one</p><p>two <strong>thr</strong>ee</p><ul><li>four</li><li>five</li></ul></div>');
    expect(readableText(root)).toBe('one two three four five');
  });

  test('leaves out ignored, hidden, screen-reader-only and noise text', () => {
    const root = parse('<div>kept <span data-pagefind-ignore>ignored</span> <span hidden>hidden</span> <span class="visually-hidden">label</span> <a class="fact-ref">fact</a> <button>Copy</button> <svg><text>svg</text></svg>end</div>');
    expect(readableText(root)).toBe('kept end');
  });

  test('leaves out links that only repeat an id or a web address', () => {
    const root = parse('<p>Cited by: <a href="/en/facts/#a-b">#a-b</a>. <a class="url" href="https://x.org/ambon">x.org/ambon</a> <a href="/en/cities/ambon/">Ambon</a></p>');
    expect(readableText(root)).toBe('Cited by:. Ambon');
  });

  test('does not leave spaces inside punctuation where elements meet it', () => {
    expect(readableText(parse('<p>(<span>one</span>), “<a>two</a>”.</p>'))).toBe('(one), “two”.');
  });

  test('decodes entities', () => {
    expect(readableText(parse('<p>Ambon &amp; Busan &ldquo;music&rdquo;</p>'))).toBe('Ambon & Busan “music”');
  });
});

describe('shownDate', () => {
  test('reads a single date from <time datetime> and a span from its first and last day', () => {
    expect(shownDate(parse('<time datetime="2019-10">October 2019</time>').firstChild as never)).toEqual({ text: 'October 2019', iso: '2019-10', first: '2019-10' });
    expect(shownDate(parse('<span class="date" data-first="2024-06-10" data-last="2024-06-15">10–15 June 2024</span>').firstChild as never)).toEqual({
      text: '10–15 June 2024',
      iso: '2024-06-10/2024-06-15',
      first: '2024-06-10',
    });
    expect(shownDate(undefined)).toBeUndefined();
  });
});

describe('extractFacts', () => {
  test('takes every anchored fact card with its statement as title and its own date', () => {
    const [fact, undated] = extractFacts(FACTS);
    expect(fact).toMatchObject({ id: 'ambon-designation', title: 'Ambon was designated a City of Music.', date: { text: 'October 2019', iso: '2019-10' } });
    expect(undated!.id).toBe('undated');
    // A claim's date or the check date is not the fact's date.
    expect(undated!.date).toBeUndefined();
  });

  test('keeps the quote in its own language and the translation, not the check date or labels', () => {
    const [fact] = extractFacts(FACTS);
    expect(fact!.text).toContain('“Ambon ditetapkan sebagai kota musik”');
    expect(fact!.text).toContain('[Ambon was designated]');
    expect(fact!.text).toContain('Verified Date: October 2019');
    // The permalink only repeats the id.
    expect(fact!.text).not.toContain('#ambon-designation');
    expect(fact!.text).not.toContain('Last checked');
    expect(fact!.text).not.toContain('Translation:');
  });
});

describe('articles', () => {
  const PAGE = `<html><head><title>A fact</title></head><body><header><nav><a href="/en/">Home</a></nav></header>
<main>${FACTS}</main><aside><details><summary>Cite</summary><p>APA</p></details></aside><footer>Footer</footer></body></html>`;

  test('cuts a page down to its outermost articles, so facts read from it are the same', () => {
    expect(articles(PAGE)).not.toContain('Footer');
    expect(articles(PAGE)).not.toContain('Home');
    expect(extractFacts(PAGE)).toEqual(extractFacts(FACTS));
    expect(extractFacts(PAGE)).toHaveLength(2);
  });

  test('keeps an article nested inside another whole, with what follows it', () => {
    const html = '<p>x</p><ARTICLE class="a"><article id="in">in</article><p>after</p></ARTICLE><p>y</p><article id="b">b</article>';
    expect(articles(html)).toBe('<ARTICLE class="a"><article id="in">in</article><p>after</p></ARTICLE>\n<article id="b">b</article>');
    // <articles> or <article-x> is another element.
    expect(articles('<article-x>no</article-x>')).toBe('');
  });
});

describe('extractEvents', () => {
  test('takes each anchored event with its heading and the date of its meta line', () => {
    const html = `<ul class="event-list"><li id="busan-designated" data-status="happened"><p class="meta"><time datetime="2014-12-01">1 December 2014</time> · <span class="badge">Happened</span> · Paris</p><h2><a href="/en/events/#busan-designated">Busan designated</a></h2><p>Busan joined the network. <a class="fact-ref">fact</a></p><p class="meta"><a href="/en/cities/busan/">Busan</a></p></li><li>no anchor</li></ul>`;
    expect(extractEvents(html)).toEqual([
      { id: 'busan-designated', title: 'Busan designated', text: '1 December 2014 · Happened · Paris Busan designated Busan joined the network. Busan', date: { text: '1 December 2014', iso: '2014-12-01', first: '2014-12-01' } },
    ]);
  });
});

describe('extractSources', () => {
  test('titles a source by publisher and title and dates it by its publication date only', () => {
    const html = `<ol class="sources-list"><li id="antara-2019"><strong>ANTARA</strong>. <cite lang="id">Ambon Kota Musik</cite>. <time datetime="2019-11-01">1 November 2019</time>. <p class="meta">Date note <time datetime="2020">2020</time></p></li><li id="untitled"><strong>Kemlu</strong>. <span class="muted">Title not recorded</span>. <span class="muted">Date unknown</span>.</li></ol>`;
    const [dated, untitled] = extractSources(html);
    expect(dated).toMatchObject({ id: 'antara-2019', title: 'ANTARA: Ambon Kota Musik', date: { iso: '2019-11-01' } });
    expect(untitled).toMatchObject({ id: 'untitled', title: 'Kemlu' });
    expect(untitled!.date).toBeUndefined();
  });

  test('names an untitled source by what it is about, and keeps placeholders and entry notes out of its text', () => {
    const html = `<ol class="sources-list"><li id="kemlu"><strong>Kemlu</strong>. <span class="muted">Title not recorded</span>. <span class="muted">Date unknown</span>. <br /><span>Course report on Sesdilu batch 76</span><br /><a class="url" href="https://kemlu.go.id/x">https://kemlu.go.id/x</a><br /><span class="meta">Language: Indonesian</span><p class="meta">Cited by: <a href="/en/facts/x/">#x</a></p></li></ol>`;
    const [kemlu] = extractSources(html);
    expect(kemlu!.title).toBe('Kemlu: Course report on Sesdilu batch 76');
    expect(kemlu!.text).toContain('Course report on Sesdilu batch 76');
    expect(kemlu!.text).not.toMatch(/Title not recorded|Date unknown|Language|Cited by|kemlu\.go\.id/);
  });
});
