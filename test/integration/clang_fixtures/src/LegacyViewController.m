// Needs the Apple SDK: on Linux the parse fails and the file is scanned
// with the token frontend instead (with a note).
#import <Foundation/Foundation.h>

static NSString *const kFallbackURL = @"http://video-tokens.meetwell.io/api/token";

@interface LegacyViewController : NSObject
@end

@implementation LegacyViewController
- (NSURL *)endpoint {
  return [NSURL URLWithString:kFallbackURL];
}
@end
