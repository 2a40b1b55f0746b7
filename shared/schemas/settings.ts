import { z } from 'zod';
import { DEFAULT_LEVEL, TargetLevel } from '../session/level';

export const ThemeChoice = z.enum(['light', 'dark', 'system']);
export type ThemeChoice = z.infer<typeof ThemeChoice>;

/** A browser's device id: opaque, and short in every browser seen. */
const Microphone = z.string().min(1).max(500);

export const Settings = z.object({
  theme: ThemeChoice.default('system'),
  /** Pause a running session when the machine sleeps (or its clock jumps). */
  pauseOnSleep: z.boolean().default(true),
  /** A short tone with each time cue. */
  chime: z.boolean().default(true),
  /** The level last practised for: the picker offers it again. */
  targetLevel: TargetLevel.default(DEFAULT_LEVEL),
  /** "Record my voice" starts switched on; off until the person turns it on (issue 23). */
  recordVoice: z.boolean().default(false),
  /** The microphone last chosen (a MediaDeviceInfo.deviceId); absent: the system's default. */
  microphone: Microphone.optional(),
});
export type Settings = z.infer<typeof Settings>;

export const defaultSettings: Settings = Settings.parse({});

/** A change to some settings; every key optional, unknown keys refused. */
export const SettingsPatch = z
  .object({ theme: ThemeChoice, pauseOnSleep: z.boolean(), chime: z.boolean(), targetLevel: TargetLevel, recordVoice: z.boolean(), microphone: Microphone })
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, 'name at least one setting to change');
export type SettingsPatch = z.infer<typeof SettingsPatch>;
