import type { MessageSchema } from './zh-CN';
import common from './en/common';
import complaints from './en/complaints';
import application from './en/application';
import review from './en/review';
import license from './en/license';
import credit from './en/credit';
import statistics from './en/statistics';
import supervision from './en/supervision';
import admin from './en/admin';
import enums from './en/enums';

/**
 * English, a chunk of its own fetched the first time it is chosen: the feature modules in en/,
 * each typed against its zh-CN/ namesake, so a missing or extra key fails the type check.
 */
const en: MessageSchema = { ...common, ...complaints, ...application, ...review, ...license, ...credit, ...statistics, ...supervision, ...admin, ...enums };

export default en;
