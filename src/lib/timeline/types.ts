/**
 * The plain data the timeline page hands its island (through a data attribute) and the layout works on.
 * Dates are ISO days; nothing here is a Date object, so it survives JSON unchanged.
 */
import type { MarkKind } from './interval';

export type EventStatus = 'happened' | 'reported' | 'planned';

/** One drawn date of an event. A disputed date has one mark per dated claim. */
export interface TimelineMark {
  kind: MarkKind;
  /** First and last day covered, ISO, inclusive. */
  first: string;
  last: string;
  /** Only on disputed dates: whether this claim is the one the site adopts. */
  adopted?: boolean;
}

export interface TimelineItem {
  id: string;
  /** Short text drawn beside the marks; says "planned" or "unconfirmed" in words when it is. */
  label: string;
  /** Everything a screen reader needs: title, date as the sources give it, status, precision. */
  name: string;
  status: EventStatus;
  marks: TimelineMark[];
  /** City ids, first one decides the city lane. */
  cities: string[];
  /** Program ids, first one decides the program lane. */
  programs: string[];
  /** The event's place on the events pages, and its fact's page: the details of an event the page does not list. */
  href: string;
  fact: string;
}

/** What lanes group by. */
export type LaneBy = 'city' | 'program';

export interface LaneDef {
  /** City or program id; '' is the lane of events without one. */
  key: string;
  label: string;
}

export interface TimelineData {
  /** First day the timeline shows (ISO). */
  start: string;
  /** Day after the last day it shows (ISO). */
  end: string;
  /** Oldest first. */
  items: TimelineItem[];
  /** Lanes in display order, per grouping. */
  lanes: Record<LaneBy, LaneDef[]>;
}
