// Expo dynamic config for the video visit app.
const IS_DEV = process.env.APP_VARIANT === 'development';

module.exports = {
  name: 'VideoVisit',
  slug: 'video-visit',
  ios: {
    bundleIdentifier: 'com.example.videovisit',
    infoPlist: {
      NSAppTransportSecurity: {
        // ruleid: cleartext-traffic-allowed
        NSAllowsArbitraryLoads: true,
        // ok: cleartext-traffic-allowed
        NSAllowsLocalNetworking: true,
        NSExceptionDomains: {
          'token.example-video.com': {
            // ruleid: cleartext-traffic-allowed
            NSExceptionAllowsInsecureHTTPLoads: true,
          },
          localhost: {
            // ok: cleartext-traffic-allowed
            NSExceptionAllowsInsecureHTTPLoads: true,
          },
          '10.0.2.2': {
            // ok: cleartext-traffic-allowed
            NSExceptionAllowsInsecureHTTPLoads: true,
          },
        },
      },
    },
  },
  plugins: [
    ['expo-build-properties', {
      android: {
        // ruleid: cleartext-traffic-allowed
        usesCleartextTraffic: true,
      },
    }],
  ],
  extra: {
    // ok: cleartext-traffic-allowed
    usesCleartextTraffic: IS_DEV,
    // ok: cleartext-traffic-allowed
    note: 'NSAllowsArbitraryLoads: true is never shipped',
  },
};
