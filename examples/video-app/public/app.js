// Browser client. The session and token were copied from the dashboard
// while testing and shipped like this.
const apiKey = '46281953';
const sessionId = '2_MX40NjI4MTk1M35-VHVlIE5vdiAyNCAwOToxMjo0NCBQU1QgMjAyNn5IZDhRazJMejdWbjRYYzBQcTlXczNUeTF-UA';
const token = 'T1==cGFydG5lcl9pZD00NjI4MTk1MyZzaWc9ZGFlZWI5NzU3MjlmYWU5MjNkNWE0ZmQxMmFhYmZlMjI4ZjIxOWU5YzpzZXNzaW9uX2lkPTJfTVg0ME5qSTRNVGsxTTM1LVZIVmxJRTV2ZGlBeU5DQXdPVG94TWpvME5DQlFVMVFnTWpBeU5uNUlaRGhSYXpKTWVqZFdialJZWXpCUWNUbFhjek5VZVRGLVVBJmNyZWF0ZV90aW1lPTE3NjQwMDQzNjQmcm9sZT1wdWJsaXNoZXImbm9uY2U9MC40NDE3JmV4cGlyZV90aW1lPTE3NjY1OTYzNjQ=';

const signalling = new WebSocket('ws://signal.videoapp-demo.com/events');

const session = OT.initSession(apiKey, sessionId);
session.connect(token, (error) => {
  if (error) return console.error(error);
  session.publish(OT.initPublisher('publisher'));
});

// Local development server: fine.
const devServer = 'http://localhost:3000/token';
