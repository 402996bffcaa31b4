import common from './zh-CN/common';
import complaints from './zh-CN/complaints';
import application from './zh-CN/application';
import review from './zh-CN/review';
import license from './zh-CN/license';
import credit from './zh-CN/credit';
import statistics from './zh-CN/statistics';
import supervision from './zh-CN/supervision';
import admin from './zh-CN/admin';
import enums from './zh-CN/enums';

/**
 * 简体中文 (default): every text shown to users, one module per feature in zh-CN/ (en/ has the
 * same modules). No two modules share a top-level group (locales.test.ts checks it). This is
 * the first chunk's language; en.ts is fetched when English is chosen.
 */
const zhCN = { ...common, ...complaints, ...application, ...review, ...license, ...credit, ...statistics, ...supervision, ...admin, ...enums };

export default zhCN;
export type MessageSchema = typeof zhCN;
