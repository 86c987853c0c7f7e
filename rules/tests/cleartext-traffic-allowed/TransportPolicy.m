// App Transport Security relaxed in code, in a class that declares the
// Foundation API it uses.
typedef signed char BOOL;
#define YES ((BOOL)1)
#define NO ((BOOL)0)

__attribute__((objc_root_class))
@interface NSObject
+ (instancetype)alloc;
- (instancetype)init;
@end
@interface NSString : NSObject
@end
@interface NSConstantString : NSString
@end
@interface NSNumber : NSObject
+ (NSNumber *)numberWithBool:(BOOL)value;
@end
@interface NSDictionary : NSObject
+ (instancetype)dictionaryWithObjects:(const id[])objects
                              forKeys:(const id[])keys
                                count:(unsigned long)count;
@end
@interface NSMutableDictionary : NSDictionary
- (void)setObject:(id)object forKey:(id)key;
@end

@interface TransportPolicy : NSObject
@end

@implementation TransportPolicy
- (NSDictionary *)relaxed {
  // ruleid: cleartext-traffic-allowed
  return @{@"NSAllowsArbitraryLoads" : @YES};
}
- (NSDictionary *)strict {
  // ok: cleartext-traffic-allowed
  return @{@"NSAllowsArbitraryLoads" : @NO};
}
- (void)fill:(NSMutableDictionary *)ats {
  // ruleid: cleartext-traffic-allowed
  [ats setObject:@YES forKey:@"NSAllowsArbitraryLoadsInWebContent"];
  // ok: cleartext-traffic-allowed
  [ats setObject:@NO forKey:@"NSAllowsArbitraryLoads"];
}
@end
