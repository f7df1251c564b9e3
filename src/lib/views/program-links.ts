import type { Model } from '../site/model';
import { chronological } from './fact-order';

/** Facts about a program: those naming it, plus the facts its stages and `about` stand on, oldest first. */
export function programFactIds(model: Model, programId: string): string[] {
  const program = model.program(programId).data;
  const ids = new Set([program.about.id, ...program.stages.map((s) => s.fact.id)]);
  for (const f of model.facts) if (f.data.programs.some((p) => p.id === programId)) ids.add(f.id);
  return chronological(model).filter((id) => ids.has(id));
}

/** Events of a program, oldest first. */
export function programEventIds(model: Model, programId: string): string[] {
  return model.events.filter((e) => e.data.programs.some((p) => p.id === programId)).map((e) => e.id);
}
