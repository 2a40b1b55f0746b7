import { z } from 'zod';
import { DEFAULT_LEVEL, TargetLevel } from '../session/level';

export const ThemeChoice = z.enum(['light', 'dark', 'system']);
export type ThemeChoice = z.infer<typeof ThemeChoice>;

export const Settings = z.object({
  theme: ThemeChoice.default('system'),
  /** Pause a running session when the machine sleeps (or its clock jumps). */
  pauseOnSleep: z.boolean().default(true),
  /** A short tone with each time cue. */
  chime: z.boolean().default(true),
  /** The level last practised for: the picker offers it again. */
  targetLevel: TargetLevel.default(DEFAULT_LEVEL),
});
export type Settings = z.infer<typeof Settings>;

export const defaultSettings: Settings = Settings.parse({});

/** A change to some settings; every key optional, unknown keys refused. */
export const SettingsPatch = z
  .object({ theme: ThemeChoice, pauseOnSleep: z.boolean(), chime: z.boolean(), targetLevel: TargetLevel })
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, 'name at least one setting to change');
export type SettingsPatch = z.infer<typeof SettingsPatch>;
