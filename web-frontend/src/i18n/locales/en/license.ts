import type zhCN from '../zh-CN/license';

/**
 * Licenses: the license page and the public verification.
 * Typed against zh-CN, so a missing or extra key fails the type check.
 */
const en: typeof zhCN = {
  license: {
    title: 'My license',
    number: 'License number',
    status: 'Status',
    holder: 'Business name',
    operator: 'Operator',
    premises: 'Premises',
    scope: 'Business scope',
    items: 'Licensed items',
    validity: 'Valid',
    suspendedUntil: 'Suspended until {date}',
    qr: 'Scan to verify',
    qrLabel: 'Verification QR code of license {n}',
    verifyLink: 'Open the public verification page',
    certificate: 'Download the certificate (PDF)',
    actions: 'Apply',
    none: 'Your license appears here once it is granted.',
  },
  verify: {
    result: 'Result',
    genuine: 'This license is genuine and in force',
    notActive: 'This license is not in force',
    notFound: 'No such license; check the number',
    invalidNo: 'A license number has 15 digits',
    title: 'Verify a license',
    licenseNo: 'License number',
    licenseNoPlaceholder: 'Enter the license number or scan the certificate QR code',
  },
};

export default en;
