/**
 * Joins a finished layout to SVG with d3-selection and d3-axis. Nothing is decided here: positions come
 * from src/lib/timeline/lanes.ts and the axis from the time scale. Elements are updated in place.
 */
import { select, type Selection } from 'd3-selection';
import { axisLeft, axisTop } from 'd3-axis';
import type { Lang } from '../../i18n/langs';
import { fitLabel, type FittedLabel } from '../../lib/timeline/labels';
import { METRICS, type Fit, type Layout, type PlacedItem, type PlacedLane, type PlacedMark } from '../../lib/timeline/lanes';
import { tickCount, tickFormat, ticksBetween, type TimeScale } from '../../lib/timeline/scale';

type Sel<E extends Element, D> = Selection<E, D, Element, unknown>;

export interface Drawing {
  svg: Sel<SVGSVGElement, unknown>;
  lanes: Sel<SVGGElement, unknown>;
  axis: Sel<SVGGElement, unknown>;
  events: Sel<SVGGElement, unknown>;
}

export interface DrawState {
  scale: TimeScale;
  lang: Lang;
  fit: Fit;
  /** Accessible name of each event, by id. */
  names: Map<string, string>;
  selected?: string | undefined;
  /** The one event reached by Tab (roving tabindex). */
  tabbable?: string | undefined;
}

export function createDrawing(container: HTMLElement, label: string, describedBy: string): Drawing {
  const svg = select(container)
    .append('svg')
    .attr('class', 'tl-svg')
    .attr('role', 'group')
    .attr('aria-label', label)
    .attr('aria-describedby', describedBy) as unknown as Sel<SVGSVGElement, unknown>;
  return {
    svg,
    lanes: svg.append('g').attr('class', 'tl-lanes'),
    axis: svg.append('g').attr('class', 'tl-axis').attr('aria-hidden', 'true'),
    events: svg.append('g').attr('class', 'tl-events'),
  };
}

/** Fits labels measured in the font the SVG draws them in (a canvas), remembering every fit. */
export function labelFitter(svg: SVGSVGElement): Fit {
  const ctx = document.createElement('canvas').getContext('2d')!;
  ctx.font = `13px ${getComputedStyle(svg).fontFamily}`;
  const fits = new Map<string, FittedLabel>();
  return (text, maxWidth, maxLines) => {
    const key = `${maxWidth}|${maxLines}|${text}`;
    let fitted = fits.get(key);
    if (!fitted) fits.set(key, (fitted = fitLabel(text, maxWidth, maxLines, (s) => ctx.measureText(s).width)));
    return fitted;
  };
}

const circle = (x: number, y: number, r: number) => `M${x - r},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
const center = (m: PlacedMark): [number, number] => [(m.x0 + m.x1) / 2, (m.y0 + m.y1) / 2];

function markPath(m: PlacedMark, across: boolean): string {
  const h = METRICS.thick / 2;
  if (m.kind === 'point') return circle(m.x0, m.y0, METRICS.point);
  return across ? `M${m.x0},${m.y0 - h}H${m.x1}V${m.y0 + h}H${m.x0}Z` : `M${m.x0 - h},${m.y0}V${m.y1}H${m.x0 + h}V${m.y0}Z`;
}

/** A disputed date: a dotted line between the claimed dates, a ring round the adopted one, then the marks. */
function drawMarks(g: Sel<SVGGElement, PlacedItem>, d: PlacedItem, across: boolean) {
  const ends: [number, number][][] = d.marks.length > 1 ? [[center(d.marks[0]!), center(d.marks.at(-1)!)]] : [];
  g.selectAll('line.tl-connector')
    .data(ends)
    .join('line')
    .attr('class', 'tl-connector')
    .attr('x1', (e) => e[0]![0])
    .attr('y1', (e) => e[0]![1])
    .attr('x2', (e) => e[1]![0])
    .attr('y2', (e) => e[1]![1]);
  g.selectAll('path.tl-ring')
    .data(d.marks.filter((m) => m.adopted))
    .join('path')
    .attr('class', 'tl-ring')
    .attr('d', (m) => circle(...center(m), METRICS.point + 3));
  g.selectAll('path.tl-mark')
    .data(d.marks)
    .join('path')
    .attr('class', 'tl-mark')
    .attr('data-kind', (m) => m.kind)
    .attr('data-adopted', (m) => (m.adopted === undefined ? null : String(m.adopted)))
    .attr('d', (m) => markPath(m, across));
}

export function draw(drawing: Drawing, l: Layout, s: DrawState) {
  const across = l.orientation === 'horizontal';
  drawing.svg.attr('width', l.width).attr('height', l.height).attr('viewBox', `0 0 ${l.width} ${l.height}`);
  const format = tickFormat(s.lang) as (d: unknown) => string;
  if (across) {
    const ticks = ticksBetween(s.scale, 0, l.width, tickCount(l.width));
    drawing.axis
      .attr('transform', `translate(0,${l.axis - 4})`)
      .call(axisTop(s.scale).tickValues(ticks).tickFormat(format).tickSizeInner(-(l.height - l.axis)).tickSizeOuter(0));
  } else {
    const length = s.scale.range()[1];
    drawing.axis
      .attr('transform', `translate(${l.axis - 6},${METRICS.vertical.laneHead})`)
      .call(axisLeft(s.scale).tickValues(ticksBetween(s.scale, 0, length, tickCount(length / 1.5))).tickFormat(format).tickSizeOuter(0));
  }

  const lanes = drawing.lanes
    .selectAll<SVGGElement, PlacedLane>('g.tl-lane')
    .data(l.lanes, (d) => d.key)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'tl-lane');
      g.append('rect');
      g.append('text');
      return g;
    });
  lanes.select('rect').attr('x', (d) => d.x).attr('y', (d) => d.y).attr('width', (d) => d.width).attr('height', (d) => d.height);
  lanes
    .select('text')
    .attr('transform', (d) => (across ? `translate(6,${d.y + 16})` : `translate(${d.x + d.width / 2 + 4},${METRICS.vertical.laneHead - 8}) rotate(-90)`))
    .text((d) => s.fit(d.label, across ? l.width - 12 : METRICS.vertical.laneHead - 14, 1).lines[0] ?? '');

  const events = drawing.events
    .selectAll<SVGAElement, PlacedItem>('a.tl-event')
    .data(l.items, (d) => d.id)
    .join((enter) => {
      const a = enter.append('a').attr('class', 'tl-event');
      a.append('rect').attr('class', 'tl-focus');
      a.append('path').attr('class', 'tl-leader');
      a.append('g').attr('class', 'tl-marks');
      a.append('text').attr('class', 'tl-label');
      return a;
    })
    .attr('href', (d) => `#${d.id}`)
    .attr('data-status', (d) => d.status)
    .attr('aria-label', (d) => s.names.get(d.id) ?? d.id)
    .attr('aria-current', (d) => (d.id === s.selected ? 'true' : null))
    .attr('tabindex', (d) => (d.id === s.tabbable ? 0 : -1))
    .classed('is-selected', (d) => d.id === s.selected);
  events.select('rect.tl-focus').attr('x', (d) => d.box.x).attr('y', (d) => d.box.y).attr('width', (d) => d.box.width).attr('height', (d) => d.box.height);
  events.select('path.tl-leader').attr('d', (d) => (d.leader ? `M${d.leader[0]},${d.leader[1]}H${Math.max(d.leader[0], d.leader[2] - 10)}L${d.leader[2]},${d.leader[3]}` : null));
  events.select<SVGGElement>('g.tl-marks').each(function (d) {
    drawMarks(select(this) as unknown as Sel<SVGGElement, PlacedItem>, d, across);
  });
  events
    .select('text.tl-label')
    .selectAll('tspan')
    // A space ends every wrapped line, so the label's text reads as words, not run together.
    .data((d) => d.label.lines.map((line, i, all) => ({ line: i < all.length - 1 ? `${line} ` : line, x: d.label.x, y: d.label.y + 12 + i * METRICS.line })))
    .join('tspan')
    .attr('x', (d) => d.x)
    .attr('y', (d) => d.y)
    .text((d) => d.line);
}
