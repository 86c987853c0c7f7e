#import <OpenTok/OpenTok.h>

static NSString *const kApiKey = @"45828062";
// ruleid: shared-client-token
static NSString *const kToken = @"T1==cGFydG5lcl9pZD00NTgyODA2MiZzaWc9MDg2OTdhOGQ0MWJlZDQ0MGU1MDQ1NGYzMWFmMzE3NjgxM2UwMmVhNjpzZXNzaW9uX2lkPTJfTVg0ME56RTVNek0xTlg1LU1UYzJOREF3TURBd01EQXdNSDR5YUhCRGFGbG5RMlp5VERGemNFNTRibmxXYldsb1FTOS0mY3JlYXRlX3RpbWU9MTc2NDAwMDAwMCZyb2xlPW1vZGVyYXRvciZub25jZT0wLjQ3ODg3ODM4JmV4cGlyZV90aW1lPTE3NjQwODY0MDAmY29ubmVjdGlvbl9kYXRhPXJvbGUlM0Rob3N0";
// ok: shared-client-token
static NSString *const kEmptyToken = @"";

@implementation ViewController

- (void)connectDemo {
    OTError *error = nil;
    // ruleid: shared-client-token
    [_session connectWithToken:@"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiI0NjI4NDkxNyIsImlzdCI6InByb2plY3QiLCJpYXQiOjE3NjQwMDAwMDAsImV4cCI6MTc2NDA4NjQwMCwic2NvcGUiOiJzZXNzaW9uLmNvbm5lY3QiLCJzZXNzaW9uX2lkIjoiMV9NWDQwTmpJNE5Ea3hOMzR5TURNdU1DNHhNVE11TjM1WFpXUWdUMk4wSURBM0lERTJPalExT2pFeklGQkVWQ0F5TURJMmZsSkpRbGgxUkV3M1JIaDBjRmxzVTFod1prdDBTRVkwZG41USIsInJvbGUiOiJwdWJsaXNoZXIiLCJub25jZSI6IjI2MTE0OTEzMTY3NyIsImluaXRpYWxfbGF5b3V0X2NsYXNzX2xpc3QiOiIifQ.WHdE1et4PpaWj4m-goVl4H5ffXhOkGCnIcqAfXYz7RI" error:&error];
}

- (void)connectWithCredentials:(NSDictionary *)creds {
    OTError *error = nil;
    // ok: shared-client-token
    [_session connectWithToken:creds[@"token"] error:&error];
}

// ok: shared-client-token
static NSString *const kRestJwt = @"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiI0NTgyODA2MiIsImlzdCI6InByb2plY3QiLCJpYXQiOjE3NjQwMDAwMDAsImV4cCI6MTc2NDAwMDE4MCwianRpIjoiNWExYjJjM2QtNmU3Zi00YThiLTljMGQtZTFmMmEzYjRjNWQ2In0.NALzduW_FJZ3PRlhYya-W-WFAzazbxO8rkgWaIITaAU"; // demo: 'T1==cGFydG5lcl9pZD00NTgyODA2MiZzaWc9YmViYjI3MzdmNmE2ZjBmYjIzYzZmNWRhMmNlYzI1NTQwNGU0ZmI0NDpzZXNzaW9uX2lkPTFfTVg0ME5UZ3lPREEyTW41LVRXOXVJRTV2ZGlBeU15QXhNRG93TVRvd01pQlFVMVFnTWpBeU5uNTFPR3A2VUdSbE1FbG5lRXhrTmtkdVkyWkNRV1Z3WmtwLVVBJmNyZWF0ZV90aW1lPTE3NjQwMDAwMDAmcm9sZT1wdWJsaXNoZXImbm9uY2U9MC4wMDE4MjYzMyZleHBpcmVfdGltZT0xNzY0MDg2NDAw'

@end
