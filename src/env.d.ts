/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Doubt of every fact, set by a page that renders prose, read by the prose fact links (components/F.astro). */
    doubts?: Record<string, import('./lib/views/value-view').Doubt>;
    /** The latest day any fact was checked (ISO), set by src/middleware.ts for the printed margins. */
    factsChecked?: string;
  }
}
