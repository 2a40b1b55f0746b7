import { z } from 'zod';
import { DEFAULT_LEVEL, TargetLevel } from '../session/level';
import { TranscriptEngineId } from '../voice/transcript';

export const ThemeChoice = z.enum(['light', 'dark', 'system']);
export type ThemeChoice = z.infer<typeof ThemeChoice>;

/** A browser's device id: opaque, and short in every browser seen. */
const Microphone = z.string().min(1).max(500);
/** A program or model file on this machine, as the person typed it. */
const FilePath = z.string().trim().min(1).max(4_000);

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
  /** Transcribe a recorded session when it ends (issue 23); absent: yes. The report can always run it again. */
  transcribeAuto: z.boolean().optional(),
  /** The engine chosen for transcripts; absent: the first one installed. */
  transcriptEngine: TranscriptEngineId.optional(),
  /** whisper.cpp's `whisper-cli` and the model file the person downloaded themselves: never fetched by the app. */
  whisperProgram: FilePath.optional(),
  whisperModel: FilePath.optional(),
});
export type Settings = z.infer<typeof Settings>;

export const defaultSettings: Settings = Settings.parse({});

/** A change to some settings; every key optional, unknown keys refused. */
export const SettingsPatch = z
  .object({ theme: ThemeChoice, pauseOnSleep: z.boolean(), chime: z.boolean(), targetLevel: TargetLevel, recordVoice: z.boolean(), microphone: Microphone, transcribeAuto: z.boolean(), transcriptEngine: TranscriptEngineId, whisperProgram: FilePath, whisperModel: FilePath })
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, 'name at least one setting to change');
export type SettingsPatch = z.infer<typeof SettingsPatch>;
