import type { CalibrationSource } from './kit';
import { sessions as adClicks } from './adClicks';
import { sessions as aiChatAssistant } from './aiChatAssistant';
import { sessions as chat } from './chat';
import { sessions as collaborativeEditing } from './collaborativeEditing';
import { sessions as feedAndPaste } from './feedAndPaste';
import { sessions as fileSync } from './fileSync';
import { sessions as jobScheduler } from './jobScheduler';
import { sessions as jobSchedulerBoxFirst } from './jobSchedulerBoxFirst';
import { sessions as leaderboardAndCrawler } from './leaderboardAndCrawler';
import { sessions as metricsAlerting } from './metricsAlerting';
import { sessions as more } from './moreSessions';
import { sessions as nearbyPlaces } from './nearbyPlaces';
import { sessions as notifications } from './notifications';
import { sessions as paymentsAndTickets } from './paymentsAndTickets';
import { sessions as rateLimiter } from './rateLimiter';
import { sessions as rideHailingSolid } from './rideHailingSolid';
import { sessions as urlShortener } from './urlShortener';
import { sessions as videoStreaming } from './videoStreaming';
import { sessions as webCrawlerBusy } from './webCrawlerBusy';
import { sessions as playbookRemedies } from './playbookRemedies';
import { sessions as thinWork } from './thinWork';
import { sessions as proseEstimates } from './proseEstimates';

/** Every session of the in-project calibration set, in the order calibration/sessions/ lists them. */
export const CALIBRATION_SOURCES: readonly CalibrationSource[] = [
  ...rateLimiter,
  ...urlShortener,
  ...notifications,
  ...chat,
  ...feedAndPaste,
  ...paymentsAndTickets,
  ...leaderboardAndCrawler,
  ...jobScheduler,
  ...more,
  ...nearbyPlaces,
  ...adClicks,
  ...videoStreaming,
  ...fileSync,
  ...metricsAlerting,
  ...collaborativeEditing,
  ...aiChatAssistant,
  ...webCrawlerBusy,
  ...rideHailingSolid,
  ...jobSchedulerBoxFirst,
  ...playbookRemedies,
  ...thinWork,
  ...proseEstimates,
];
