import type { CapacitorConfig } from '@capacitor/cli';

const config: CapacitorConfig = {
  appId: 'com.example.videovisit',
  appName: 'VideoVisit',
  webDir: 'dist',
  server: {
    url: process.env.CAP_SERVER_URL,
    // ruleid: cleartext-traffic-allowed
    cleartext: true,
  },
  android: {
    // ok: cleartext-traffic-allowed
    allowMixedContent: false,
  },
};

export const releaseConfig: CapacitorConfig = {
  ...config,
  server: {
    androidScheme: 'https',
    // ok: cleartext-traffic-allowed
    cleartext: false,
  },
};

export const expoIos = {
  infoPlist: {
    NSAppTransportSecurity: {
      // ruleid: cleartext-traffic-allowed
      NSAllowsArbitraryLoadsForMedia: true,
      // ok: cleartext-traffic-allowed
      NSAllowsArbitraryLoads: false,
    },
  },
};

export default config;
