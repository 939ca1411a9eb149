#!/usr/bin/env node
import { createRequire as __pgilCreateRequire } from 'node:module'; import { fileURLToPath as __pgilFileURLToPath } from 'node:url'; const require = __pgilCreateRequire(import.meta.url); const __filename = __pgilFileURLToPath(import.meta.url); const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/postgres-array/index.js
var require_postgres_array = __commonJS({
  "node_modules/postgres-array/index.js"(exports) {
    "use strict";
    exports.parse = function(source, transform) {
      return new ArrayParser(source, transform).parse();
    };
    var ArrayParser = class _ArrayParser {
      constructor(source, transform) {
        this.source = source;
        this.transform = transform || identity;
        this.position = 0;
        this.entries = [];
        this.recorded = [];
        this.dimension = 0;
      }
      isEof() {
        return this.position >= this.source.length;
      }
      nextCharacter() {
        var character = this.source[this.position++];
        if (character === "\\") {
          return {
            value: this.source[this.position++],
            escaped: true
          };
        }
        return {
          value: character,
          escaped: false
        };
      }
      record(character) {
        this.recorded.push(character);
      }
      newEntry(includeEmpty) {
        var entry;
        if (this.recorded.length > 0 || includeEmpty) {
          entry = this.recorded.join("");
          if (entry === "NULL" && !includeEmpty) {
            entry = null;
          }
          if (entry !== null) entry = this.transform(entry);
          this.entries.push(entry);
          this.recorded = [];
        }
      }
      consumeDimensions() {
        if (this.source[0] === "[") {
          while (!this.isEof()) {
            var char = this.nextCharacter();
            if (char.value === "=") break;
          }
        }
      }
      parse(nested) {
        var character, parser, quote;
        this.consumeDimensions();
        while (!this.isEof()) {
          character = this.nextCharacter();
          if (character.value === "{" && !quote) {
            this.dimension++;
            if (this.dimension > 1) {
              parser = new _ArrayParser(this.source.substr(this.position - 1), this.transform);
              this.entries.push(parser.parse(true));
              this.position += parser.position - 2;
            }
          } else if (character.value === "}" && !quote) {
            this.dimension--;
            if (!this.dimension) {
              this.newEntry();
              if (nested) return this.entries;
            }
          } else if (character.value === '"' && !character.escaped) {
            if (quote) this.newEntry(true);
            quote = !quote;
          } else if (character.value === "," && !quote) {
            this.newEntry();
          } else {
            this.record(character.value);
          }
        }
        if (this.dimension !== 0) {
          throw new Error("array dimension not balanced");
        }
        return this.entries;
      }
    };
    function identity(value) {
      return value;
    }
  }
});

// node_modules/pg-types/lib/arrayParser.js
var require_arrayParser = __commonJS({
  "node_modules/pg-types/lib/arrayParser.js"(exports, module) {
    var array = require_postgres_array();
    module.exports = {
      create: function(source, transform) {
        return {
          parse: function() {
            return array.parse(source, transform);
          }
        };
      }
    };
  }
});

// node_modules/postgres-date/index.js
var require_postgres_date = __commonJS({
  "node_modules/postgres-date/index.js"(exports, module) {
    "use strict";
    var DATE_TIME = /(\d{1,})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(\.\d{1,})?.*?( BC)?$/;
    var DATE = /^(\d{1,})-(\d{2})-(\d{2})( BC)?$/;
    var TIME_ZONE = /([Z+-])(\d{2})?:?(\d{2})?:?(\d{2})?/;
    var INFINITY = /^-?infinity$/;
    module.exports = function parseDate(isoDate) {
      if (INFINITY.test(isoDate)) {
        return Number(isoDate.replace("i", "I"));
      }
      var matches = DATE_TIME.exec(isoDate);
      if (!matches) {
        return getDate(isoDate) || null;
      }
      var isBC = !!matches[8];
      var year = parseInt(matches[1], 10);
      if (isBC) {
        year = bcYearToNegativeYear(year);
      }
      var month = parseInt(matches[2], 10) - 1;
      var day = matches[3];
      var hour = parseInt(matches[4], 10);
      var minute = parseInt(matches[5], 10);
      var second = parseInt(matches[6], 10);
      var ms = matches[7];
      ms = ms ? 1e3 * parseFloat(ms) : 0;
      var date;
      var offset = timeZoneOffset(isoDate);
      if (offset != null) {
        date = new Date(Date.UTC(year, month, day, hour, minute, second, ms));
        if (is0To99(year)) {
          date.setUTCFullYear(year);
        }
        if (offset !== 0) {
          date.setTime(date.getTime() - offset);
        }
      } else {
        date = new Date(year, month, day, hour, minute, second, ms);
        if (is0To99(year)) {
          date.setFullYear(year);
        }
      }
      return date;
    };
    function getDate(isoDate) {
      var matches = DATE.exec(isoDate);
      if (!matches) {
        return;
      }
      var year = parseInt(matches[1], 10);
      var isBC = !!matches[4];
      if (isBC) {
        year = bcYearToNegativeYear(year);
      }
      var month = parseInt(matches[2], 10) - 1;
      var day = matches[3];
      var date = new Date(year, month, day);
      if (is0To99(year)) {
        date.setFullYear(year);
      }
      return date;
    }
    function timeZoneOffset(isoDate) {
      if (isoDate.endsWith("+00")) {
        return 0;
      }
      var zone = TIME_ZONE.exec(isoDate.split(" ")[1]);
      if (!zone) return;
      var type = zone[1];
      if (type === "Z") {
        return 0;
      }
      var sign = type === "-" ? -1 : 1;
      var offset = parseInt(zone[2], 10) * 3600 + parseInt(zone[3] || 0, 10) * 60 + parseInt(zone[4] || 0, 10);
      return offset * sign * 1e3;
    }
    function bcYearToNegativeYear(year) {
      return -(year - 1);
    }
    function is0To99(num) {
      return num >= 0 && num < 100;
    }
  }
});

// node_modules/xtend/mutable.js
var require_mutable = __commonJS({
  "node_modules/xtend/mutable.js"(exports, module) {
    module.exports = extend;
    var hasOwnProperty = Object.prototype.hasOwnProperty;
    function extend(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i];
        for (var key in source) {
          if (hasOwnProperty.call(source, key)) {
            target[key] = source[key];
          }
        }
      }
      return target;
    }
  }
});

// node_modules/postgres-interval/index.js
var require_postgres_interval = __commonJS({
  "node_modules/postgres-interval/index.js"(exports, module) {
    "use strict";
    var extend = require_mutable();
    module.exports = PostgresInterval;
    function PostgresInterval(raw) {
      if (!(this instanceof PostgresInterval)) {
        return new PostgresInterval(raw);
      }
      extend(this, parse(raw));
    }
    var properties = ["seconds", "minutes", "hours", "days", "months", "years"];
    PostgresInterval.prototype.toPostgres = function() {
      var filtered = properties.filter(this.hasOwnProperty, this);
      if (this.milliseconds && filtered.indexOf("seconds") < 0) {
        filtered.push("seconds");
      }
      if (filtered.length === 0) return "0";
      return filtered.map(function(property) {
        var value = this[property] || 0;
        if (property === "seconds" && this.milliseconds) {
          value = (value + this.milliseconds / 1e3).toFixed(6).replace(/\.?0+$/, "");
        }
        return value + " " + property;
      }, this).join(" ");
    };
    var propertiesISOEquivalent = {
      years: "Y",
      months: "M",
      days: "D",
      hours: "H",
      minutes: "M",
      seconds: "S"
    };
    var dateProperties = ["years", "months", "days"];
    var timeProperties = ["hours", "minutes", "seconds"];
    PostgresInterval.prototype.toISOString = PostgresInterval.prototype.toISO = function() {
      var datePart = dateProperties.map(buildProperty, this).join("");
      var timePart = timeProperties.map(buildProperty, this).join("");
      return "P" + datePart + "T" + timePart;
      function buildProperty(property) {
        var value = this[property] || 0;
        if (property === "seconds" && this.milliseconds) {
          value = (value + this.milliseconds / 1e3).toFixed(6).replace(/0+$/, "");
        }
        return value + propertiesISOEquivalent[property];
      }
    };
    var NUMBER = "([+-]?\\d+)";
    var YEAR = NUMBER + "\\s+years?";
    var MONTH = NUMBER + "\\s+mons?";
    var DAY = NUMBER + "\\s+days?";
    var TIME = "([+-])?([\\d]*):(\\d\\d):(\\d\\d)\\.?(\\d{1,6})?";
    var INTERVAL = new RegExp([YEAR, MONTH, DAY, TIME].map(function(regexString) {
      return "(" + regexString + ")?";
    }).join("\\s*"));
    var positions = {
      years: 2,
      months: 4,
      days: 6,
      hours: 9,
      minutes: 10,
      seconds: 11,
      milliseconds: 12
    };
    var negatives = ["hours", "minutes", "seconds", "milliseconds"];
    function parseMilliseconds(fraction) {
      var microseconds = fraction + "000000".slice(fraction.length);
      return parseInt(microseconds, 10) / 1e3;
    }
    function parse(interval) {
      if (!interval) return {};
      var matches = INTERVAL.exec(interval);
      var isNegative = matches[8] === "-";
      return Object.keys(positions).reduce(function(parsed, property) {
        var position = positions[property];
        var value = matches[position];
        if (!value) return parsed;
        value = property === "milliseconds" ? parseMilliseconds(value) : parseInt(value, 10);
        if (!value) return parsed;
        if (isNegative && ~negatives.indexOf(property)) {
          value *= -1;
        }
        parsed[property] = value;
        return parsed;
      }, {});
    }
  }
});

// node_modules/postgres-bytea/index.js
var require_postgres_bytea = __commonJS({
  "node_modules/postgres-bytea/index.js"(exports, module) {
    "use strict";
    var bufferFrom = Buffer.from || Buffer;
    module.exports = function parseBytea(input) {
      if (/^\\x/.test(input)) {
        return bufferFrom(input.substr(2), "hex");
      }
      var output = "";
      var i = 0;
      while (i < input.length) {
        if (input[i] !== "\\") {
          output += input[i];
          ++i;
        } else {
          if (/[0-7]{3}/.test(input.substr(i + 1, 3))) {
            output += String.fromCharCode(parseInt(input.substr(i + 1, 3), 8));
            i += 4;
          } else {
            var backslashes = 1;
            while (i + backslashes < input.length && input[i + backslashes] === "\\") {
              backslashes++;
            }
            for (var k = 0; k < Math.floor(backslashes / 2); ++k) {
              output += "\\";
            }
            i += Math.floor(backslashes / 2) * 2;
          }
        }
      }
      return bufferFrom(output, "binary");
    };
  }
});

// node_modules/pg-types/lib/textParsers.js
var require_textParsers = __commonJS({
  "node_modules/pg-types/lib/textParsers.js"(exports, module) {
    var array = require_postgres_array();
    var arrayParser = require_arrayParser();
    var parseDate = require_postgres_date();
    var parseInterval = require_postgres_interval();
    var parseByteA = require_postgres_bytea();
    function allowNull(fn) {
      return function nullAllowed(value) {
        if (value === null) return value;
        return fn(value);
      };
    }
    function parseBool(value) {
      if (value === null) return value;
      return value === "TRUE" || value === "t" || value === "true" || value === "y" || value === "yes" || value === "on" || value === "1";
    }
    function parseBoolArray(value) {
      if (!value) return null;
      return array.parse(value, parseBool);
    }
    function parseBaseTenInt(string) {
      return parseInt(string, 10);
    }
    function parseIntegerArray(value) {
      if (!value) return null;
      return array.parse(value, allowNull(parseBaseTenInt));
    }
    function parseBigIntegerArray(value) {
      if (!value) return null;
      return array.parse(value, allowNull(function(entry) {
        return parseBigInteger(entry).trim();
      }));
    }
    var parsePointArray = function(value) {
      if (!value) {
        return null;
      }
      var p = arrayParser.create(value, function(entry) {
        if (entry !== null) {
          entry = parsePoint(entry);
        }
        return entry;
      });
      return p.parse();
    };
    var parseFloatArray = function(value) {
      if (!value) {
        return null;
      }
      var p = arrayParser.create(value, function(entry) {
        if (entry !== null) {
          entry = parseFloat(entry);
        }
        return entry;
      });
      return p.parse();
    };
    var parseStringArray = function(value) {
      if (!value) {
        return null;
      }
      var p = arrayParser.create(value);
      return p.parse();
    };
    var parseDateArray = function(value) {
      if (!value) {
        return null;
      }
      var p = arrayParser.create(value, function(entry) {
        if (entry !== null) {
          entry = parseDate(entry);
        }
        return entry;
      });
      return p.parse();
    };
    var parseIntervalArray = function(value) {
      if (!value) {
        return null;
      }
      var p = arrayParser.create(value, function(entry) {
        if (entry !== null) {
          entry = parseInterval(entry);
        }
        return entry;
      });
      return p.parse();
    };
    var parseByteAArray = function(value) {
      if (!value) {
        return null;
      }
      return array.parse(value, allowNull(parseByteA));
    };
    var parseInteger = function(value) {
      return parseInt(value, 10);
    };
    var parseBigInteger = function(value) {
      var valStr = String(value);
      if (/^\d+$/.test(valStr)) {
        return valStr;
      }
      return value;
    };
    var parseJsonArray = function(value) {
      if (!value) {
        return null;
      }
      return array.parse(value, allowNull(JSON.parse));
    };
    var parsePoint = function(value) {
      if (value[0] !== "(") {
        return null;
      }
      value = value.substring(1, value.length - 1).split(",");
      return {
        x: parseFloat(value[0]),
        y: parseFloat(value[1])
      };
    };
    var parseCircle = function(value) {
      if (value[0] !== "<" && value[1] !== "(") {
        return null;
      }
      var point = "(";
      var radius = "";
      var pointParsed = false;
      for (var i = 2; i < value.length - 1; i++) {
        if (!pointParsed) {
          point += value[i];
        }
        if (value[i] === ")") {
          pointParsed = true;
          continue;
        } else if (!pointParsed) {
          continue;
        }
        if (value[i] === ",") {
          continue;
        }
        radius += value[i];
      }
      var result = parsePoint(point);
      result.radius = parseFloat(radius);
      return result;
    };
    var init = function(register) {
      register(20, parseBigInteger);
      register(21, parseInteger);
      register(23, parseInteger);
      register(26, parseInteger);
      register(700, parseFloat);
      register(701, parseFloat);
      register(16, parseBool);
      register(1082, parseDate);
      register(1114, parseDate);
      register(1184, parseDate);
      register(600, parsePoint);
      register(651, parseStringArray);
      register(718, parseCircle);
      register(1e3, parseBoolArray);
      register(1001, parseByteAArray);
      register(1005, parseIntegerArray);
      register(1007, parseIntegerArray);
      register(1028, parseIntegerArray);
      register(1016, parseBigIntegerArray);
      register(1017, parsePointArray);
      register(1021, parseFloatArray);
      register(1022, parseFloatArray);
      register(1231, parseFloatArray);
      register(1014, parseStringArray);
      register(1015, parseStringArray);
      register(1008, parseStringArray);
      register(1009, parseStringArray);
      register(1040, parseStringArray);
      register(1041, parseStringArray);
      register(1115, parseDateArray);
      register(1182, parseDateArray);
      register(1185, parseDateArray);
      register(1186, parseInterval);
      register(1187, parseIntervalArray);
      register(17, parseByteA);
      register(114, JSON.parse.bind(JSON));
      register(3802, JSON.parse.bind(JSON));
      register(199, parseJsonArray);
      register(3807, parseJsonArray);
      register(3907, parseStringArray);
      register(2951, parseStringArray);
      register(791, parseStringArray);
      register(1183, parseStringArray);
      register(1270, parseStringArray);
    };
    module.exports = {
      init
    };
  }
});

// node_modules/pg-int8/index.js
var require_pg_int8 = __commonJS({
  "node_modules/pg-int8/index.js"(exports, module) {
    "use strict";
    var BASE = 1e6;
    function readInt8(buffer) {
      var high = buffer.readInt32BE(0);
      var low = buffer.readUInt32BE(4);
      var sign = "";
      if (high < 0) {
        high = ~high + (low === 0);
        low = ~low + 1 >>> 0;
        sign = "-";
      }
      var result = "";
      var carry;
      var t;
      var digits;
      var pad;
      var l;
      var i;
      {
        carry = high % BASE;
        high = high / BASE >>> 0;
        t = 4294967296 * carry + low;
        low = t / BASE >>> 0;
        digits = "" + (t - BASE * low);
        if (low === 0 && high === 0) {
          return sign + digits + result;
        }
        pad = "";
        l = 6 - digits.length;
        for (i = 0; i < l; i++) {
          pad += "0";
        }
        result = pad + digits + result;
      }
      {
        carry = high % BASE;
        high = high / BASE >>> 0;
        t = 4294967296 * carry + low;
        low = t / BASE >>> 0;
        digits = "" + (t - BASE * low);
        if (low === 0 && high === 0) {
          return sign + digits + result;
        }
        pad = "";
        l = 6 - digits.length;
        for (i = 0; i < l; i++) {
          pad += "0";
        }
        result = pad + digits + result;
      }
      {
        carry = high % BASE;
        high = high / BASE >>> 0;
        t = 4294967296 * carry + low;
        low = t / BASE >>> 0;
        digits = "" + (t - BASE * low);
        if (low === 0 && high === 0) {
          return sign + digits + result;
        }
        pad = "";
        l = 6 - digits.length;
        for (i = 0; i < l; i++) {
          pad += "0";
        }
        result = pad + digits + result;
      }
      {
        carry = high % BASE;
        t = 4294967296 * carry + low;
        digits = "" + t % BASE;
        return sign + digits + result;
      }
    }
    module.exports = readInt8;
  }
});

// node_modules/pg-types/lib/binaryParsers.js
var require_binaryParsers = __commonJS({
  "node_modules/pg-types/lib/binaryParsers.js"(exports, module) {
    var parseInt64 = require_pg_int8();
    var parseBits = function(data, bits, offset, invert, callback) {
      offset = offset || 0;
      invert = invert || false;
      callback = callback || function(lastValue, newValue, bits2) {
        return lastValue * Math.pow(2, bits2) + newValue;
      };
      var offsetBytes = offset >> 3;
      var inv = function(value) {
        if (invert) {
          return ~value & 255;
        }
        return value;
      };
      var mask = 255;
      var firstBits = 8 - offset % 8;
      if (bits < firstBits) {
        mask = 255 << 8 - bits & 255;
        firstBits = bits;
      }
      if (offset) {
        mask = mask >> offset % 8;
      }
      var result = 0;
      if (offset % 8 + bits >= 8) {
        result = callback(0, inv(data[offsetBytes]) & mask, firstBits);
      }
      var bytes = bits + offset >> 3;
      for (var i = offsetBytes + 1; i < bytes; i++) {
        result = callback(result, inv(data[i]), 8);
      }
      var lastBits = (bits + offset) % 8;
      if (lastBits > 0) {
        result = callback(result, inv(data[bytes]) >> 8 - lastBits, lastBits);
      }
      return result;
    };
    var parseFloatFromBits = function(data, precisionBits, exponentBits) {
      var bias = Math.pow(2, exponentBits - 1) - 1;
      var sign = parseBits(data, 1);
      var exponent = parseBits(data, exponentBits, 1);
      if (exponent === 0) {
        return 0;
      }
      var precisionBitsCounter = 1;
      var parsePrecisionBits = function(lastValue, newValue, bits) {
        if (lastValue === 0) {
          lastValue = 1;
        }
        for (var i = 1; i <= bits; i++) {
          precisionBitsCounter /= 2;
          if ((newValue & 1 << bits - i) > 0) {
            lastValue += precisionBitsCounter;
          }
        }
        return lastValue;
      };
      var mantissa = parseBits(data, precisionBits, exponentBits + 1, false, parsePrecisionBits);
      if (exponent == Math.pow(2, exponentBits + 1) - 1) {
        if (mantissa === 0) {
          return sign === 0 ? Infinity : -Infinity;
        }
        return NaN;
      }
      return (sign === 0 ? 1 : -1) * Math.pow(2, exponent - bias) * mantissa;
    };
    var parseInt16 = function(value) {
      if (parseBits(value, 1) == 1) {
        return -1 * (parseBits(value, 15, 1, true) + 1);
      }
      return parseBits(value, 15, 1);
    };
    var parseInt32 = function(value) {
      if (parseBits(value, 1) == 1) {
        return -1 * (parseBits(value, 31, 1, true) + 1);
      }
      return parseBits(value, 31, 1);
    };
    var parseFloat32 = function(value) {
      return parseFloatFromBits(value, 23, 8);
    };
    var parseFloat64 = function(value) {
      return parseFloatFromBits(value, 52, 11);
    };
    var parseNumeric = function(value) {
      var sign = parseBits(value, 16, 32);
      if (sign == 49152) {
        return NaN;
      }
      var weight = Math.pow(1e4, parseBits(value, 16, 16));
      var result = 0;
      var digits = [];
      var ndigits = parseBits(value, 16);
      for (var i = 0; i < ndigits; i++) {
        result += parseBits(value, 16, 64 + 16 * i) * weight;
        weight /= 1e4;
      }
      var scale = Math.pow(10, parseBits(value, 16, 48));
      return (sign === 0 ? 1 : -1) * Math.round(result * scale) / scale;
    };
    var parseDate = function(isUTC, value) {
      var sign = parseBits(value, 1);
      var rawValue = parseBits(value, 63, 1);
      var result = new Date((sign === 0 ? 1 : -1) * rawValue / 1e3 + 9466848e5);
      if (!isUTC) {
        result.setTime(result.getTime() + result.getTimezoneOffset() * 6e4);
      }
      result.usec = rawValue % 1e3;
      result.getMicroSeconds = function() {
        return this.usec;
      };
      result.setMicroSeconds = function(value2) {
        this.usec = value2;
      };
      result.getUTCMicroSeconds = function() {
        return this.usec;
      };
      return result;
    };
    var parseArray = function(value) {
      var dim = parseBits(value, 32);
      var flags = parseBits(value, 32, 32);
      var elementType = parseBits(value, 32, 64);
      var offset = 96;
      var dims = [];
      for (var i = 0; i < dim; i++) {
        dims[i] = parseBits(value, 32, offset);
        offset += 32;
        offset += 32;
      }
      var parseElement = function(elementType2) {
        var length = parseBits(value, 32, offset);
        offset += 32;
        if (length == 4294967295) {
          return null;
        }
        var result;
        if (elementType2 == 23 || elementType2 == 20) {
          result = parseBits(value, length * 8, offset);
          offset += length * 8;
          return result;
        } else if (elementType2 == 25) {
          result = value.toString(this.encoding, offset >> 3, (offset += length << 3) >> 3);
          return result;
        } else {
          console.log("ERROR: ElementType not implemented: " + elementType2);
        }
      };
      var parse = function(dimension, elementType2) {
        var array = [];
        var i2;
        if (dimension.length > 1) {
          var count = dimension.shift();
          for (i2 = 0; i2 < count; i2++) {
            array[i2] = parse(dimension, elementType2);
          }
          dimension.unshift(count);
        } else {
          for (i2 = 0; i2 < dimension[0]; i2++) {
            array[i2] = parseElement(elementType2);
          }
        }
        return array;
      };
      return parse(dims, elementType);
    };
    var parseText = function(value) {
      return value.toString("utf8");
    };
    var parseBool = function(value) {
      if (value === null) return null;
      return parseBits(value, 8) > 0;
    };
    var init = function(register) {
      register(20, parseInt64);
      register(21, parseInt16);
      register(23, parseInt32);
      register(26, parseInt32);
      register(1700, parseNumeric);
      register(700, parseFloat32);
      register(701, parseFloat64);
      register(16, parseBool);
      register(1114, parseDate.bind(null, false));
      register(1184, parseDate.bind(null, true));
      register(1e3, parseArray);
      register(1007, parseArray);
      register(1016, parseArray);
      register(1008, parseArray);
      register(1009, parseArray);
      register(25, parseText);
    };
    module.exports = {
      init
    };
  }
});

// node_modules/pg-types/lib/builtins.js
var require_builtins = __commonJS({
  "node_modules/pg-types/lib/builtins.js"(exports, module) {
    module.exports = {
      BOOL: 16,
      BYTEA: 17,
      CHAR: 18,
      INT8: 20,
      INT2: 21,
      INT4: 23,
      REGPROC: 24,
      TEXT: 25,
      OID: 26,
      TID: 27,
      XID: 28,
      CID: 29,
      JSON: 114,
      XML: 142,
      PG_NODE_TREE: 194,
      SMGR: 210,
      PATH: 602,
      POLYGON: 604,
      CIDR: 650,
      FLOAT4: 700,
      FLOAT8: 701,
      ABSTIME: 702,
      RELTIME: 703,
      TINTERVAL: 704,
      CIRCLE: 718,
      MACADDR8: 774,
      MONEY: 790,
      MACADDR: 829,
      INET: 869,
      ACLITEM: 1033,
      BPCHAR: 1042,
      VARCHAR: 1043,
      DATE: 1082,
      TIME: 1083,
      TIMESTAMP: 1114,
      TIMESTAMPTZ: 1184,
      INTERVAL: 1186,
      TIMETZ: 1266,
      BIT: 1560,
      VARBIT: 1562,
      NUMERIC: 1700,
      REFCURSOR: 1790,
      REGPROCEDURE: 2202,
      REGOPER: 2203,
      REGOPERATOR: 2204,
      REGCLASS: 2205,
      REGTYPE: 2206,
      UUID: 2950,
      TXID_SNAPSHOT: 2970,
      PG_LSN: 3220,
      PG_NDISTINCT: 3361,
      PG_DEPENDENCIES: 3402,
      TSVECTOR: 3614,
      TSQUERY: 3615,
      GTSVECTOR: 3642,
      REGCONFIG: 3734,
      REGDICTIONARY: 3769,
      JSONB: 3802,
      REGNAMESPACE: 4089,
      REGROLE: 4096
    };
  }
});

// node_modules/pg-types/index.js
var require_pg_types = __commonJS({
  "node_modules/pg-types/index.js"(exports) {
    var textParsers = require_textParsers();
    var binaryParsers = require_binaryParsers();
    var arrayParser = require_arrayParser();
    var builtinTypes = require_builtins();
    exports.getTypeParser = getTypeParser;
    exports.setTypeParser = setTypeParser;
    exports.arrayParser = arrayParser;
    exports.builtins = builtinTypes;
    var typeParsers = {
      text: {},
      binary: {}
    };
    function noParse(val) {
      return String(val);
    }
    function getTypeParser(oid, format) {
      format = format || "text";
      if (!typeParsers[format]) {
        return noParse;
      }
      return typeParsers[format][oid] || noParse;
    }
    function setTypeParser(oid, format, parseFn) {
      if (typeof format == "function") {
        parseFn = format;
        format = "text";
      }
      typeParsers[format][oid] = parseFn;
    }
    textParsers.init(function(oid, converter) {
      typeParsers.text[oid] = converter;
    });
    binaryParsers.init(function(oid, converter) {
      typeParsers.binary[oid] = converter;
    });
  }
});

// node_modules/pg/lib/defaults.js
var require_defaults = __commonJS({
  "node_modules/pg/lib/defaults.js"(exports, module) {
    "use strict";
    var user;
    try {
      user = process.platform === "win32" ? process.env.USERNAME : process.env.USER;
    } catch {
    }
    module.exports = {
      // database host. defaults to localhost
      host: "localhost",
      // database user's name
      user,
      // name of database to connect
      database: void 0,
      // database user's password
      password: null,
      // a Postgres connection string to be used instead of setting individual connection items
      // NOTE:  Setting this value will cause it to override any other value (such as database or user) defined
      // in the defaults object.
      connectionString: void 0,
      // database port
      port: 5432,
      // number of rows to return at a time from a prepared statement's
      // portal. 0 will return all rows at once
      rows: 0,
      // binary result mode
      binary: false,
      // Connection pool options - see https://github.com/brianc/node-pg-pool
      // number of connections to use in connection pool
      // 0 will disable connection pooling
      max: 10,
      // max milliseconds a client can go unused before it is removed
      // from the pool and destroyed
      idleTimeoutMillis: 3e4,
      client_encoding: "",
      ssl: false,
      // SSL negotiation style: 'postgres' (traditional SSLRequest) or 'direct'
      sslnegotiation: void 0,
      application_name: void 0,
      fallback_application_name: void 0,
      options: void 0,
      parseInputDatesAsUTC: false,
      // max milliseconds any query using this connection will execute for before timing out in error.
      // false=unlimited
      statement_timeout: false,
      // Abort any statement that waits longer than the specified duration in milliseconds while attempting to acquire a lock.
      // false=unlimited
      lock_timeout: false,
      // Terminate any session with an open transaction that has been idle for longer than the specified duration in milliseconds
      // false=unlimited
      idle_in_transaction_session_timeout: false,
      // max milliseconds to wait for query to complete (client side)
      query_timeout: false,
      connect_timeout: 0,
      keepalives: 1,
      keepalives_idle: 0
    };
    var pgTypes = require_pg_types();
    var parseBigInteger = pgTypes.getTypeParser(20, "text");
    var parseBigIntegerArray = pgTypes.getTypeParser(1016, "text");
    module.exports.__defineSetter__("parseInt8", function(val) {
      pgTypes.setTypeParser(20, "text", val ? pgTypes.getTypeParser(23, "text") : parseBigInteger);
      pgTypes.setTypeParser(1016, "text", val ? pgTypes.getTypeParser(1007, "text") : parseBigIntegerArray);
    });
  }
});

// node_modules/pg/lib/utils.js
var require_utils = __commonJS({
  "node_modules/pg/lib/utils.js"(exports, module) {
    "use strict";
    var defaults2 = require_defaults();
    var nodeUtils = __require("util");
    var { isDate } = __require("util/types");
    var invalidDateDeprecationNotice = nodeUtils.deprecate(
      () => {
      },
      "Sending an invalid date to Postgres is deprecated and will throw an error in the next major version of pg. Ensure any Date object passed as a query parameter is valid.",
      "PG_INVALID_DATE"
    );
    function escapeElement(elementRepresentation) {
      const escaped = elementRepresentation.replace(/\\/g, "\\\\").replace(/"/g, '\\"');
      return '"' + escaped + '"';
    }
    function arrayString(val) {
      let result = "{";
      for (let i = 0; i < val.length; i++) {
        if (i > 0) {
          result += ",";
        }
        let item = val[i];
        if (item == null) {
          result += "NULL";
        } else if (Array.isArray(item)) {
          result += arrayString(item);
        } else if (ArrayBuffer.isView(item)) {
          if (!(item instanceof Buffer)) {
            item = Buffer.from(item.buffer, item.byteOffset, item.byteLength);
          }
          result += "\\\\x" + item.toString("hex");
        } else {
          result += escapeElement(prepareValue(item));
        }
      }
      result += "}";
      return result;
    }
    var prepareValue = function(val, seen) {
      if (val == null) {
        return null;
      }
      if (typeof val === "object") {
        if (val instanceof Buffer) {
          return val;
        }
        if (ArrayBuffer.isView(val)) {
          return Buffer.from(val.buffer, val.byteOffset, val.byteLength);
        }
        if (isDate(val)) {
          if (isNaN(val.getTime())) {
            invalidDateDeprecationNotice();
          }
          if (defaults2.parseInputDatesAsUTC) {
            return dateToStringUTC(val);
          } else {
            return dateToString(val);
          }
        }
        if (Array.isArray(val)) {
          return arrayString(val);
        }
        return prepareObject(val, seen);
      }
      return val.toString();
    };
    function prepareObject(val, seen) {
      if (val && typeof val.toPostgres === "function") {
        seen = seen || [];
        if (seen.indexOf(val) !== -1) {
          throw new Error('circular reference detected while preparing "' + val + '" for query');
        }
        seen.push(val);
        return prepareValue(val.toPostgres(prepareValue), seen);
      }
      return JSON.stringify(val);
    }
    function dateToString(date) {
      let offset = -date.getTimezoneOffset();
      let year = date.getFullYear();
      const isBCYear = year < 1;
      if (isBCYear) year = Math.abs(year) + 1;
      let ret = String(year).padStart(4, "0") + "-" + String(date.getMonth() + 1).padStart(2, "0") + "-" + String(date.getDate()).padStart(2, "0") + "T" + String(date.getHours()).padStart(2, "0") + ":" + String(date.getMinutes()).padStart(2, "0") + ":" + String(date.getSeconds()).padStart(2, "0") + "." + String(date.getMilliseconds()).padStart(3, "0");
      if (offset < 0) {
        ret += "-";
        offset *= -1;
      } else {
        ret += "+";
      }
      ret += String(Math.floor(offset / 60)).padStart(2, "0") + ":" + String(offset % 60).padStart(2, "0");
      if (isBCYear) ret += " BC";
      return ret;
    }
    function dateToStringUTC(date) {
      let year = date.getUTCFullYear();
      const isBCYear = year < 1;
      if (isBCYear) year = Math.abs(year) + 1;
      let ret = String(year).padStart(4, "0") + "-" + String(date.getUTCMonth() + 1).padStart(2, "0") + "-" + String(date.getUTCDate()).padStart(2, "0") + "T" + String(date.getUTCHours()).padStart(2, "0") + ":" + String(date.getUTCMinutes()).padStart(2, "0") + ":" + String(date.getUTCSeconds()).padStart(2, "0") + "." + String(date.getUTCMilliseconds()).padStart(3, "0");
      ret += "+00:00";
      if (isBCYear) ret += " BC";
      return ret;
    }
    function normalizeQueryConfig(config, values, callback) {
      config = typeof config === "string" ? { text: config } : cloneQueryConfig(config);
      if (values) {
        if (typeof values === "function") {
          config.callback = values;
        } else {
          config.values = values;
        }
      }
      if (callback) {
        config.callback = callback;
      }
      return config;
    }
    function cloneQueryConfig(config) {
      if (config == null) {
        return config;
      }
      return Object.defineProperties(Object.create(Object.getPrototypeOf(config)), Object.getOwnPropertyDescriptors(config));
    }
    var escapeIdentifier2 = function(str) {
      return '"' + str.replace(/"/g, '""') + '"';
    };
    var escapeLiteral2 = function(str) {
      let hasBackslash = false;
      let escaped = "'";
      if (str == null) {
        return "''";
      }
      if (typeof str !== "string") {
        return "''";
      }
      for (let i = 0; i < str.length; i++) {
        const c = str[i];
        if (c === "'") {
          escaped += c + c;
        } else if (c === "\\") {
          escaped += c + c;
          hasBackslash = true;
        } else {
          escaped += c;
        }
      }
      escaped += "'";
      if (hasBackslash === true) {
        escaped = " E" + escaped;
      }
      return escaped;
    };
    module.exports = {
      prepareValue: function prepareValueWrapper(value) {
        return prepareValue(value);
      },
      normalizeQueryConfig,
      escapeIdentifier: escapeIdentifier2,
      escapeLiteral: escapeLiteral2
    };
  }
});

// node_modules/pg/lib/crypto/utils.js
var require_utils2 = __commonJS({
  "node_modules/pg/lib/crypto/utils.js"(exports, module) {
    var nodeCrypto = __require("crypto");
    module.exports = {
      postgresMd5PasswordHash,
      randomBytes,
      deriveKey,
      sha256,
      hashByName,
      hmacSha256,
      md5
    };
    var webCrypto = nodeCrypto.webcrypto || globalThis.crypto;
    var subtleCrypto = webCrypto.subtle;
    var textEncoder = new TextEncoder();
    function randomBytes(length) {
      return webCrypto.getRandomValues(Buffer.alloc(length));
    }
    async function md5(string) {
      try {
        return nodeCrypto.createHash("md5").update(string, "utf-8").digest("hex");
      } catch (e) {
        const data = typeof string === "string" ? textEncoder.encode(string) : string;
        const hash = await subtleCrypto.digest("MD5", data);
        return Array.from(new Uint8Array(hash)).map((b) => b.toString(16).padStart(2, "0")).join("");
      }
    }
    async function postgresMd5PasswordHash(user, password, salt) {
      const inner = await md5(password + user);
      const outer = await md5(Buffer.concat([Buffer.from(inner), salt]));
      return "md5" + outer;
    }
    async function sha256(text) {
      return await subtleCrypto.digest("SHA-256", text);
    }
    async function hashByName(hashName, text) {
      return await subtleCrypto.digest(hashName, text);
    }
    async function hmacSha256(keyBuffer, msg) {
      const key = await subtleCrypto.importKey("raw", keyBuffer, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
      return await subtleCrypto.sign("HMAC", key, textEncoder.encode(msg));
    }
    async function deriveKey(password, salt, iterations) {
      const key = await subtleCrypto.importKey("raw", textEncoder.encode(password), "PBKDF2", false, ["deriveBits"]);
      const params = { name: "PBKDF2", hash: "SHA-256", salt, iterations };
      return await subtleCrypto.deriveBits(params, key, 32 * 8, ["deriveBits"]);
    }
  }
});

// node_modules/pg/lib/crypto/cert-signatures.js
var require_cert_signatures = __commonJS({
  "node_modules/pg/lib/crypto/cert-signatures.js"(exports, module) {
    function x509Error(msg, cert) {
      return new Error("SASL channel binding: " + msg + " when parsing public certificate " + cert.toString("base64"));
    }
    function readASN1Length(data, index) {
      let length = data[index++];
      if (length < 128) return { length, index };
      const lengthBytes = length & 127;
      if (lengthBytes > 4) throw x509Error("bad length", data);
      length = 0;
      for (let i = 0; i < lengthBytes; i++) {
        length = length << 8 | data[index++];
      }
      return { length, index };
    }
    function readASN1OID(data, index) {
      if (data[index++] !== 6) throw x509Error("non-OID data", data);
      const { length: OIDLength, index: indexAfterOIDLength } = readASN1Length(data, index);
      index = indexAfterOIDLength;
      const lastIndex = index + OIDLength;
      const byte1 = data[index++];
      let oid = (byte1 / 40 >> 0) + "." + byte1 % 40;
      while (index < lastIndex) {
        let value = 0;
        while (index < lastIndex) {
          const nextByte = data[index++];
          value = value << 7 | nextByte & 127;
          if (nextByte < 128) break;
        }
        oid += "." + value;
      }
      return { oid, index };
    }
    function expectASN1Seq(data, index) {
      if (data[index++] !== 48) throw x509Error("non-sequence data", data);
      return readASN1Length(data, index);
    }
    function signatureAlgorithmHashFromCertificate(data, index) {
      if (index === void 0) index = 0;
      index = expectASN1Seq(data, index).index;
      const { length: certInfoLength, index: indexAfterCertInfoLength } = expectASN1Seq(data, index);
      index = indexAfterCertInfoLength + certInfoLength;
      index = expectASN1Seq(data, index).index;
      const { oid, index: indexAfterOID } = readASN1OID(data, index);
      switch (oid) {
        // RSA
        case "1.2.840.113549.1.1.4":
          return "MD5";
        case "1.2.840.113549.1.1.5":
          return "SHA-1";
        case "1.2.840.113549.1.1.11":
          return "SHA-256";
        case "1.2.840.113549.1.1.12":
          return "SHA-384";
        case "1.2.840.113549.1.1.13":
          return "SHA-512";
        case "1.2.840.113549.1.1.14":
          return "SHA-224";
        case "1.2.840.113549.1.1.15":
          return "SHA512-224";
        case "1.2.840.113549.1.1.16":
          return "SHA512-256";
        // ECDSA
        case "1.2.840.10045.4.1":
          return "SHA-1";
        case "1.2.840.10045.4.3.1":
          return "SHA-224";
        case "1.2.840.10045.4.3.2":
          return "SHA-256";
        case "1.2.840.10045.4.3.3":
          return "SHA-384";
        case "1.2.840.10045.4.3.4":
          return "SHA-512";
        // RSASSA-PSS: hash is indicated separately
        case "1.2.840.113549.1.1.10": {
          index = indexAfterOID;
          index = expectASN1Seq(data, index).index;
          if (data[index++] !== 160) throw x509Error("non-tag data", data);
          index = readASN1Length(data, index).index;
          index = expectASN1Seq(data, index).index;
          const { oid: hashOID } = readASN1OID(data, index);
          switch (hashOID) {
            // standalone hash OIDs
            case "1.2.840.113549.2.5":
              return "MD5";
            case "1.3.14.3.2.26":
              return "SHA-1";
            case "2.16.840.1.101.3.4.2.1":
              return "SHA-256";
            case "2.16.840.1.101.3.4.2.2":
              return "SHA-384";
            case "2.16.840.1.101.3.4.2.3":
              return "SHA-512";
          }
          throw x509Error("unknown hash OID " + hashOID, data);
        }
        // Ed25519 -- see https://github.com/openssl/openssl/issues/15477
        case "1.3.101.110":
        case "1.3.101.112":
          return "SHA-512";
        // Ed448 -- still not in pg 17.2 (if supported, digest would be SHAKE256 x 64 bytes)
        case "1.3.101.111":
        case "1.3.101.113":
          throw x509Error("Ed448 certificate channel binding is not currently supported by Postgres");
      }
      throw x509Error("unknown OID " + oid, data);
    }
    module.exports = { signatureAlgorithmHashFromCertificate };
  }
});

// node_modules/pg/lib/crypto/sasl.js
var require_sasl = __commonJS({
  "node_modules/pg/lib/crypto/sasl.js"(exports, module) {
    "use strict";
    var crypto2 = require_utils2();
    var { signatureAlgorithmHashFromCertificate } = require_cert_signatures();
    function saslprep(password) {
      const nonAsciiSpace = /[\u00A0\u1680\u2000-\u200B\u202F\u205F\u3000]/g;
      const mappedToNothing = /[\u00AD\u034F\u1806\u180B\u180C\u180D\u200C\u200D\u2060\uFE00-\uFE0F\uFEFF]/g;
      return password.replace(nonAsciiSpace, " ").replace(mappedToNothing, "").normalize("NFKC");
    }
    var DEFAULT_MAX_SCRAM_ITERATIONS = 1e5;
    function startSession(mechanisms, stream, scramMaxIterations = DEFAULT_MAX_SCRAM_ITERATIONS) {
      const candidates = ["SCRAM-SHA-256"];
      if (stream) candidates.unshift("SCRAM-SHA-256-PLUS");
      const mechanism = candidates.find((candidate) => mechanisms.includes(candidate));
      if (!mechanism) {
        throw new Error("SASL: Only mechanism(s) " + candidates.join(" and ") + " are supported");
      }
      if (mechanism === "SCRAM-SHA-256-PLUS" && typeof stream.getPeerCertificate !== "function") {
        throw new Error("SASL: Mechanism SCRAM-SHA-256-PLUS requires a certificate");
      }
      const clientNonce = crypto2.randomBytes(18).toString("base64");
      const gs2Header = mechanism === "SCRAM-SHA-256-PLUS" ? "p=tls-server-end-point" : stream ? "y" : "n";
      return {
        mechanism,
        clientNonce,
        response: gs2Header + ",,n=*,r=" + clientNonce,
        message: "SASLInitialResponse",
        scramMaxIterations
      };
    }
    async function continueSession(session, password, serverData, stream) {
      if (session.message !== "SASLInitialResponse") {
        throw new Error("SASL: Last message was not SASLInitialResponse");
      }
      if (typeof password !== "string") {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string");
      }
      if (password === "") {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a non-empty string");
      }
      if (typeof serverData !== "string") {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: serverData must be a string");
      }
      const sv = parseServerFirstMessage(serverData);
      if (!sv.nonce.startsWith(session.clientNonce)) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: server nonce does not start with client nonce");
      } else if (sv.nonce.length === session.clientNonce.length) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: server nonce is too short");
      }
      const scramMaxIterations = typeof session.scramMaxIterations === "number" ? session.scramMaxIterations : DEFAULT_MAX_SCRAM_ITERATIONS;
      if (scramMaxIterations !== 0 && sv.iteration > scramMaxIterations) {
        throw new Error(
          "SASL: SCRAM-SERVER-FIRST-MESSAGE: iteration count " + sv.iteration + " exceeds scramMaxIterations of " + scramMaxIterations
        );
      }
      const clientFirstMessageBare = "n=*,r=" + session.clientNonce;
      const serverFirstMessage = "r=" + sv.nonce + ",s=" + sv.salt + ",i=" + sv.iteration;
      let channelBinding = stream ? "eSws" : "biws";
      if (session.mechanism === "SCRAM-SHA-256-PLUS") {
        const peerCert = stream.getPeerCertificate().raw;
        let hashName = signatureAlgorithmHashFromCertificate(peerCert);
        if (hashName === "MD5" || hashName === "SHA-1") hashName = "SHA-256";
        const certHash = await crypto2.hashByName(hashName, peerCert);
        const bindingData = Buffer.concat([Buffer.from("p=tls-server-end-point,,"), Buffer.from(certHash)]);
        channelBinding = bindingData.toString("base64");
      }
      const clientFinalMessageWithoutProof = "c=" + channelBinding + ",r=" + sv.nonce;
      const authMessage = clientFirstMessageBare + "," + serverFirstMessage + "," + clientFinalMessageWithoutProof;
      const saltBytes = Buffer.from(sv.salt, "base64");
      const saltedPassword = await crypto2.deriveKey(saslprep(password), saltBytes, sv.iteration);
      const clientKey = await crypto2.hmacSha256(saltedPassword, "Client Key");
      const storedKey = await crypto2.sha256(clientKey);
      const clientSignature = await crypto2.hmacSha256(storedKey, authMessage);
      const clientProof = xorBuffers(Buffer.from(clientKey), Buffer.from(clientSignature)).toString("base64");
      const serverKey = await crypto2.hmacSha256(saltedPassword, "Server Key");
      const serverSignatureBytes = await crypto2.hmacSha256(serverKey, authMessage);
      session.message = "SASLResponse";
      session.serverSignature = Buffer.from(serverSignatureBytes).toString("base64");
      session.response = clientFinalMessageWithoutProof + ",p=" + clientProof;
    }
    function finalizeSession(session, serverData) {
      if (session.message !== "SASLResponse") {
        throw new Error("SASL: Last message was not SASLResponse");
      }
      if (typeof serverData !== "string") {
        throw new Error("SASL: SCRAM-SERVER-FINAL-MESSAGE: serverData must be a string");
      }
      const { serverSignature } = parseServerFinalMessage(serverData);
      if (serverSignature !== session.serverSignature) {
        throw new Error("SASL: SCRAM-SERVER-FINAL-MESSAGE: server signature does not match");
      }
    }
    function isPrintableChars(text) {
      if (typeof text !== "string") {
        throw new TypeError("SASL: text must be a string");
      }
      return text.split("").map((_, i) => text.charCodeAt(i)).every((c) => c >= 33 && c <= 43 || c >= 45 && c <= 126);
    }
    function isBase64(text) {
      return /^(?:[a-zA-Z0-9+/]{4})*(?:[a-zA-Z0-9+/]{2}==|[a-zA-Z0-9+/]{3}=)?$/.test(text);
    }
    function parseAttributePairs(text) {
      if (typeof text !== "string") {
        throw new TypeError("SASL: attribute pairs text must be a string");
      }
      return new Map(
        text.split(",").map((attrValue) => {
          if (!/^.=/.test(attrValue)) {
            throw new Error("SASL: Invalid attribute pair entry");
          }
          const name = attrValue[0];
          const value = attrValue.substring(2);
          return [name, value];
        })
      );
    }
    function parseServerFirstMessage(data) {
      const attrPairs = parseAttributePairs(data);
      const nonce = attrPairs.get("r");
      if (!nonce) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: nonce missing");
      } else if (!isPrintableChars(nonce)) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: nonce must only contain printable characters");
      }
      const salt = attrPairs.get("s");
      if (!salt) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: salt missing");
      } else if (!isBase64(salt)) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: salt must be base64");
      }
      const iterationText = attrPairs.get("i");
      if (!iterationText) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: iteration missing");
      } else if (!/^[1-9][0-9]*$/.test(iterationText)) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: invalid iteration count");
      }
      const iteration = parseInt(iterationText, 10);
      return {
        nonce,
        salt,
        iteration
      };
    }
    function parseServerFinalMessage(serverData) {
      const attrPairs = parseAttributePairs(serverData);
      const error = attrPairs.get("e");
      const serverSignature = attrPairs.get("v");
      if (error) {
        throw new Error(`SASL: SCRAM-SERVER-FINAL-MESSAGE: server returned error: "${error}"`);
      }
      if (!serverSignature) {
        throw new Error("SASL: SCRAM-SERVER-FINAL-MESSAGE: server signature is missing");
      } else if (!isBase64(serverSignature)) {
        throw new Error("SASL: SCRAM-SERVER-FINAL-MESSAGE: server signature must be base64");
      }
      return {
        serverSignature
      };
    }
    function xorBuffers(a, b) {
      if (!Buffer.isBuffer(a)) {
        throw new TypeError("first argument must be a Buffer");
      }
      if (!Buffer.isBuffer(b)) {
        throw new TypeError("second argument must be a Buffer");
      }
      if (a.length !== b.length) {
        throw new Error("Buffer lengths must match");
      }
      if (a.length === 0) {
        throw new Error("Buffers cannot be empty");
      }
      return Buffer.from(a.map((_, i) => a[i] ^ b[i]));
    }
    module.exports = {
      startSession,
      continueSession,
      finalizeSession,
      DEFAULT_MAX_SCRAM_ITERATIONS
    };
  }
});

// node_modules/pg/lib/type-overrides.js
var require_type_overrides = __commonJS({
  "node_modules/pg/lib/type-overrides.js"(exports, module) {
    "use strict";
    var types2 = require_pg_types();
    function TypeOverrides2(userTypes) {
      this._types = userTypes || types2;
      this.text = {};
      this.binary = {};
    }
    TypeOverrides2.prototype.getOverrides = function(format) {
      switch (format) {
        case "text":
          return this.text;
        case "binary":
          return this.binary;
        default:
          return {};
      }
    };
    TypeOverrides2.prototype.setTypeParser = function(oid, format, parseFn) {
      if (typeof format === "function") {
        parseFn = format;
        format = "text";
      }
      this.getOverrides(format)[oid] = parseFn;
    };
    TypeOverrides2.prototype.getTypeParser = function(oid, format) {
      format = format || "text";
      return this.getOverrides(format)[oid] || this._types.getTypeParser(oid, format);
    };
    module.exports = TypeOverrides2;
  }
});

// node_modules/pg-connection-string/index.js
var require_pg_connection_string = __commonJS({
  "node_modules/pg-connection-string/index.js"(exports, module) {
    "use strict";
    function parse(str, options = {}) {
      if (str.charAt(0) === "/") {
        const config2 = str.split(" ");
        return { host: config2[0], database: config2[1] };
      }
      const config = /* @__PURE__ */ Object.create(null);
      let result;
      let dummyHost = false;
      if (/ |%[^a-f0-9]|%[a-f0-9][^a-f0-9]/i.test(str)) {
        str = encodeURI(str).replace(/%25(\d\d)/g, "%$1");
      }
      try {
        try {
          result = new URL(str, "postgres://base");
        } catch (e) {
          result = new URL(str.replace("@/", "@___DUMMY___/"), "postgres://base");
          dummyHost = true;
        }
      } catch (err) {
        err.input && (err.input = "*****REDACTED*****");
        throw err;
      }
      for (const entry of result.searchParams.entries()) {
        config[entry[0]] = entry[1];
      }
      config.user = config.user || decodeURIComponent(result.username);
      config.password = config.password || decodeURIComponent(result.password);
      if (result.protocol == "socket:") {
        config.host = decodeURI(result.pathname);
        config.database = result.searchParams.get("db");
        config.client_encoding = result.searchParams.get("encoding");
        return config;
      }
      const hostname = (dummyHost ? "" : result.hostname).replace(/^\[(.+)\]$/, "$1");
      if (!config.host) {
        config.host = decodeURIComponent(hostname);
      } else if (hostname && /^%2f/i.test(hostname)) {
        result.pathname = hostname + result.pathname;
      }
      if (!config.port) {
        config.port = result.port;
      }
      const pathname = result.pathname.slice(1) || null;
      config.database = pathname ? decodeURI(pathname) : null;
      if (config.ssl === "true" || config.ssl === "1") {
        config.ssl = true;
      }
      if (config.ssl === "0") {
        config.ssl = false;
      }
      if (config.sslcert || config.sslkey || config.sslrootcert || config.sslmode) {
        config.ssl = {};
      }
      if (config.sslnegotiation === "direct" && config.ssl === void 0) {
        config.ssl = true;
      }
      const fs = config.sslcert || config.sslkey || config.sslrootcert ? __require("fs") : null;
      if (config.sslcert) {
        config.ssl.cert = fs.readFileSync(config.sslcert).toString();
      }
      if (config.sslkey) {
        config.ssl.key = fs.readFileSync(config.sslkey).toString();
      }
      if (config.sslrootcert) {
        config.ssl.ca = fs.readFileSync(config.sslrootcert).toString();
      }
      if (options.useLibpqCompat && config.uselibpqcompat) {
        throw new Error("Both useLibpqCompat and uselibpqcompat are set. Please use only one of them.");
      }
      if (config.uselibpqcompat === "true" || options.useLibpqCompat) {
        switch (config.sslmode) {
          case "disable": {
            config.ssl = false;
            break;
          }
          case "prefer": {
            config.ssl.rejectUnauthorized = false;
            break;
          }
          case "require": {
            if (config.sslrootcert) {
              config.ssl.checkServerIdentity = function() {
              };
            } else {
              config.ssl.rejectUnauthorized = false;
            }
            break;
          }
          case "verify-ca": {
            if (!config.ssl.ca) {
              throw new Error(
                "SECURITY WARNING: Using sslmode=verify-ca requires specifying a CA with sslrootcert. If a public CA is used, verify-ca allows connections to a server that somebody else may have registered with the CA, making you vulnerable to Man-in-the-Middle attacks. Either specify a custom CA certificate with sslrootcert parameter or use sslmode=verify-full for proper security."
              );
            }
            config.ssl.checkServerIdentity = function() {
            };
            break;
          }
          case "verify-full": {
            break;
          }
        }
      } else {
        switch (config.sslmode) {
          case "disable": {
            config.ssl = false;
            break;
          }
          case "prefer":
          case "require":
          case "verify-ca":
          case "verify-full": {
            if (config.sslmode !== "verify-full") {
              deprecatedSslModeWarning(config.sslmode);
            }
            break;
          }
          case "no-verify": {
            config.ssl.rejectUnauthorized = false;
            break;
          }
        }
      }
      return config;
    }
    function toConnectionOptions(sslConfig) {
      const connectionOptions = Object.entries(sslConfig).reduce((c, [key, value]) => {
        if (value !== void 0 && value !== null) {
          c[key] = value;
        }
        return c;
      }, /* @__PURE__ */ Object.create(null));
      return connectionOptions;
    }
    function toClientConfig(config) {
      const poolConfig = Object.entries(config).reduce((c, [key, value]) => {
        if (key === "ssl") {
          const sslConfig = value;
          if (typeof sslConfig === "boolean") {
            c[key] = sslConfig;
          }
          if (typeof sslConfig === "object") {
            c[key] = toConnectionOptions(sslConfig);
          }
        } else if (value !== void 0 && value !== null) {
          if (key === "port") {
            if (value !== "") {
              const v = parseInt(value, 10);
              if (isNaN(v)) {
                throw new Error(`Invalid ${key}: ${value}`);
              }
              c[key] = v;
            }
          } else {
            c[key] = value;
          }
        }
        return c;
      }, /* @__PURE__ */ Object.create(null));
      return poolConfig;
    }
    function parseIntoClientConfig(str) {
      return toClientConfig(parse(str));
    }
    function deprecatedSslModeWarning(sslmode) {
      if (!deprecatedSslModeWarning.warned && typeof process !== "undefined" && process.emitWarning) {
        deprecatedSslModeWarning.warned = true;
        process.emitWarning(`SECURITY WARNING: The SSL modes 'prefer', 'require', and 'verify-ca' are treated as aliases for 'verify-full'.
In the next major version (pg-connection-string v3.0.0 and pg v9.0.0), these modes will adopt standard libpq semantics, which have weaker security guarantees.

To prepare for this change:
- If you want the current behavior, explicitly use 'sslmode=verify-full'
- If you want libpq compatibility now, use 'uselibpqcompat=true&sslmode=${sslmode}'

See https://www.postgresql.org/docs/current/libpq-ssl.html for libpq SSL mode definitions.`);
      }
    }
    module.exports = parse;
    parse.parse = parse;
    parse.toClientConfig = toClientConfig;
    parse.parseIntoClientConfig = parseIntoClientConfig;
  }
});

// node_modules/pg/lib/connection-parameters.js
var require_connection_parameters = __commonJS({
  "node_modules/pg/lib/connection-parameters.js"(exports, module) {
    "use strict";
    var dns = __require("dns");
    var defaults2 = require_defaults();
    var parse = require_pg_connection_string().parse;
    var val = function(key, config, envVar) {
      if (config[key]) {
        return config[key];
      }
      if (envVar === void 0) {
        envVar = process.env["PG" + key.toUpperCase()];
      } else if (envVar === false) {
      } else {
        envVar = process.env[envVar];
      }
      return envVar || defaults2[key];
    };
    var readSSLConfigFromEnvironment = function() {
      switch (process.env.PGSSLMODE) {
        case "disable":
          return false;
        case "prefer":
        case "require":
        case "verify-ca":
        case "verify-full":
          return true;
        case "no-verify":
          return { rejectUnauthorized: false };
      }
      return defaults2.ssl;
    };
    var quoteParamValue = function(value) {
      return "'" + ("" + value).replace(/\\/g, "\\\\").replace(/'/g, "\\'") + "'";
    };
    var add = function(params, config, paramName) {
      const value = config[paramName];
      if (value !== void 0 && value !== null) {
        params.push(paramName + "=" + quoteParamValue(value));
      }
    };
    var ConnectionParameters = class {
      constructor(config) {
        config = typeof config === "string" ? parse(config) : config || {};
        if (config.connectionString) {
          config = Object.assign({}, config, parse(config.connectionString));
        }
        this.user = val("user", config);
        this.database = val("database", config);
        if (this.database === void 0) {
          this.database = this.user;
        }
        this.port = parseInt(val("port", config), 10);
        this.host = val("host", config);
        Object.defineProperty(this, "password", {
          configurable: true,
          enumerable: false,
          writable: true,
          value: val("password", config)
        });
        this.binary = val("binary", config);
        this.options = val("options", config);
        this.ssl = typeof config.ssl === "undefined" ? readSSLConfigFromEnvironment() : config.ssl;
        if (typeof this.ssl === "string") {
          if (this.ssl === "true") {
            this.ssl = true;
          }
        }
        if (this.ssl === "no-verify") {
          this.ssl = { rejectUnauthorized: false };
        }
        if (this.ssl && this.ssl.key) {
          Object.defineProperty(this.ssl, "key", {
            enumerable: false
          });
        }
        this.sslnegotiation = val("sslnegotiation", config, "PGSSLNEGOTIATION");
        if (this.sslnegotiation !== void 0 && this.sslnegotiation !== "postgres" && this.sslnegotiation !== "direct") {
          throw new Error(
            `Invalid sslnegotiation value: "${this.sslnegotiation}". Valid values are "postgres" and "direct".`
          );
        }
        if (this.sslnegotiation === "direct" && !this.ssl) {
          throw new Error("sslnegotiation=direct requires SSL to be enabled");
        }
        this.client_encoding = val("client_encoding", config);
        this.replication = val("replication", config);
        this.isDomainSocket = !(this.host || "").indexOf("/");
        this.application_name = val("application_name", config, "PGAPPNAME");
        this.fallback_application_name = val("fallback_application_name", config, false);
        this.statement_timeout = val("statement_timeout", config, false);
        this.lock_timeout = val("lock_timeout", config, false);
        this.idle_in_transaction_session_timeout = val("idle_in_transaction_session_timeout", config, false);
        this.query_timeout = val("query_timeout", config, false);
        if (config.connectionTimeoutMillis === void 0) {
          this.connect_timeout = process.env.PGCONNECT_TIMEOUT || 0;
        } else {
          this.connect_timeout = Math.floor(config.connectionTimeoutMillis / 1e3);
        }
        if (config.keepAlive === false) {
          this.keepalives = 0;
        } else if (config.keepAlive === true) {
          this.keepalives = 1;
        }
        if (typeof config.keepAliveInitialDelayMillis === "number") {
          this.keepalives_idle = Math.floor(config.keepAliveInitialDelayMillis / 1e3);
        }
      }
      getLibpqConnectionString(cb) {
        const params = [];
        add(params, this, "user");
        add(params, this, "password");
        add(params, this, "port");
        add(params, this, "application_name");
        add(params, this, "fallback_application_name");
        add(params, this, "connect_timeout");
        add(params, this, "options");
        const ssl = typeof this.ssl === "object" ? this.ssl : this.ssl ? { sslmode: this.ssl } : {};
        add(params, ssl, "sslmode");
        add(params, ssl, "sslca");
        add(params, ssl, "sslkey");
        add(params, ssl, "sslcert");
        add(params, ssl, "sslrootcert");
        add(params, this, "sslnegotiation");
        if (this.database) {
          params.push("dbname=" + quoteParamValue(this.database));
        }
        if (this.replication) {
          params.push("replication=" + quoteParamValue(this.replication));
        }
        if (this.host) {
          params.push("host=" + quoteParamValue(this.host));
        }
        if (this.isDomainSocket) {
          return cb(null, params.join(" "));
        }
        if (this.client_encoding) {
          params.push("client_encoding=" + quoteParamValue(this.client_encoding));
        }
        dns.lookup(this.host, function(err, address) {
          if (err) return cb(err, null);
          params.push("hostaddr=" + quoteParamValue(address));
          return cb(null, params.join(" "));
        });
      }
    };
    module.exports = ConnectionParameters;
  }
});

// node_modules/pg/lib/result.js
var require_result = __commonJS({
  "node_modules/pg/lib/result.js"(exports, module) {
    "use strict";
    var types2 = require_pg_types();
    var matchRegexp = /^([A-Za-z]+)(?: (\d+))?(?: (\d+))?/;
    var Result2 = class {
      constructor(rowMode, types3) {
        this.command = null;
        this.rowCount = null;
        this.oid = null;
        this.rows = [];
        this.fields = [];
        this._parsers = void 0;
        this._types = types3;
        this.RowCtor = null;
        this.rowAsArray = rowMode === "array";
        if (this.rowAsArray) {
          this.parseRow = this._parseRowAsArray;
        }
        this._prebuiltEmptyResultObject = null;
      }
      // adds a command complete message
      addCommandComplete(msg) {
        let match;
        if (msg.text) {
          match = matchRegexp.exec(msg.text);
        } else {
          match = matchRegexp.exec(msg.command);
        }
        if (match) {
          this.command = match[1];
          if (match[3]) {
            this.oid = parseInt(match[2], 10);
            this.rowCount = parseInt(match[3], 10);
          } else if (match[2]) {
            this.rowCount = parseInt(match[2], 10);
          }
        }
      }
      _parseRowAsArray(rowData) {
        const row = new Array(rowData.length);
        for (let i = 0, len = rowData.length; i < len; i++) {
          const rawValue = rowData[i];
          if (rawValue !== null) {
            row[i] = this._parsers[i](rawValue);
          } else {
            row[i] = null;
          }
        }
        return row;
      }
      parseRow(rowData) {
        const row = { ...this._prebuiltEmptyResultObject };
        for (let i = 0, len = rowData.length; i < len; i++) {
          const rawValue = rowData[i];
          const field = this.fields[i].name;
          if (rawValue !== null) {
            const v = this.fields[i].format === "binary" ? Buffer.from(rawValue) : rawValue;
            row[field] = this._parsers[i](v);
          } else {
            row[field] = null;
          }
        }
        return row;
      }
      addRow(row) {
        this.rows.push(row);
      }
      addFields(fieldDescriptions) {
        this.fields = fieldDescriptions;
        if (this.fields.length) {
          this._parsers = new Array(fieldDescriptions.length);
        }
        const row = /* @__PURE__ */ Object.create(null);
        for (let i = 0; i < fieldDescriptions.length; i++) {
          const desc = fieldDescriptions[i];
          row[desc.name] = null;
          if (this._types) {
            this._parsers[i] = this._types.getTypeParser(desc.dataTypeID, desc.format || "text");
          } else {
            this._parsers[i] = types2.getTypeParser(desc.dataTypeID, desc.format || "text");
          }
        }
        this._prebuiltEmptyResultObject = { ...row };
      }
    };
    module.exports = Result2;
  }
});

// node_modules/pg/lib/query.js
var require_query = __commonJS({
  "node_modules/pg/lib/query.js"(exports, module) {
    "use strict";
    var { EventEmitter } = __require("events");
    var Result2 = require_result();
    var utils = require_utils();
    var Query2 = class extends EventEmitter {
      constructor(config, values, callback) {
        super();
        config = utils.normalizeQueryConfig(config, values, callback);
        this.text = config.text;
        this.values = config.values;
        this.rows = config.rows;
        this.types = config.types;
        this.name = config.name;
        this.queryMode = config.queryMode;
        this.binary = config.binary;
        this.portal = config.portal || "";
        this.callback = config.callback;
        this._rowMode = config.rowMode;
        if (process.domain && config.callback) {
          this.callback = process.domain.bind(config.callback);
        }
        this._result = new Result2(this._rowMode, this.types);
        this._results = this._result;
        this._canceledDueToError = false;
      }
      requiresPreparation() {
        if (this.queryMode === "extended") {
          return true;
        }
        if (this.name) {
          return true;
        }
        if (this.rows) {
          return true;
        }
        if (!this.text) {
          return false;
        }
        if (!this.values) {
          return false;
        }
        return this.values.length > 0;
      }
      _checkForMultirow() {
        if (this._result.command) {
          if (!Array.isArray(this._results)) {
            this._results = [this._result];
          }
          this._result = new Result2(this._rowMode, this._result._types);
          this._results.push(this._result);
        }
      }
      // associates row metadata from the supplied
      // message with this query object
      // metadata used when parsing row results
      handleRowDescription(msg) {
        this._checkForMultirow();
        this._result.addFields(msg.fields);
        this._accumulateRows = this.callback || !this.listeners("row").length;
      }
      handleDataRow(msg) {
        let row;
        if (this._canceledDueToError) {
          return;
        }
        try {
          row = this._result.parseRow(msg.fields);
        } catch (err) {
          this._canceledDueToError = err;
          return;
        }
        this.emit("row", row, this._result);
        if (this._accumulateRows) {
          this._result.addRow(row);
        }
      }
      handleCommandComplete(msg, connection) {
        this._checkForMultirow();
        this._result.addCommandComplete(msg);
        if (this.rows) {
          connection.sync();
        }
      }
      // if a named prepared statement is created with empty query text
      // the backend will send an emptyQuery message but *not* a command complete message
      // since we pipeline sync immediately after execute we don't need to do anything here
      // unless we have rows specified, in which case we did not pipeline the initial sync call
      handleEmptyQuery(connection) {
        if (this.rows) {
          connection.sync();
        }
      }
      handleError(err, connection) {
        if (this._canceledDueToError) {
          err = this._canceledDueToError;
          this._canceledDueToError = false;
        }
        if (this.callback) {
          return this.callback(err);
        }
        this.emit("error", err);
      }
      handleReadyForQuery(con) {
        if (this._canceledDueToError) {
          return this.handleError(this._canceledDueToError, con);
        }
        if (this.callback) {
          try {
            this.callback(null, this._results);
          } catch (err) {
            process.nextTick(() => {
              throw err;
            });
          }
        }
        this.emit("end", this._results);
      }
      submit(connection) {
        if (typeof this.text !== "string" && typeof this.name !== "string") {
          return new Error("A query must have either text or a name. Supplying neither is unsupported.");
        }
        const previous = connection.parsedStatements[this.name] || connection.submittedNamedStatements[this.name];
        if (this.text && previous && this.text !== previous) {
          return new Error(`Prepared statements must be unique - '${this.name}' was used for a different statement`);
        }
        if (this.values && !Array.isArray(this.values)) {
          return new Error("Query values must be an array");
        }
        if (this.requiresPreparation()) {
          connection.stream.cork && connection.stream.cork();
          try {
            this.prepare(connection);
          } finally {
            connection.stream.uncork && connection.stream.uncork();
          }
        } else {
          connection.query(this.text);
        }
        return null;
      }
      hasBeenParsed(connection) {
        return this.name && (connection.parsedStatements[this.name] !== void 0 || connection.submittedNamedStatements[this.name] !== void 0);
      }
      handlePortalSuspended(connection) {
        this._getRows(connection, this.rows);
      }
      _getRows(connection, rows) {
        connection.execute({
          portal: this.portal,
          rows
        });
        if (!rows) {
          connection.sync();
        } else {
          connection.flush();
        }
      }
      // http://developer.postgresql.org/pgdocs/postgres/protocol-flow.html#PROTOCOL-FLOW-EXT-QUERY
      prepare(connection) {
        if (!this.hasBeenParsed(connection)) {
          connection.parse({
            text: this.text,
            name: this.name,
            types: this.types
          });
          if (this.name) {
            connection.submittedNamedStatements[this.name] = this.text;
          }
        }
        try {
          connection.bind({
            portal: this.portal,
            statement: this.name,
            values: this.values,
            binary: this.binary,
            valueMapper: utils.prepareValue
          });
        } catch (err) {
          connection.close({ type: "S", name: this.name });
          connection.sync();
          this.handleError(err, connection);
          return;
        }
        connection.describe({
          type: "P",
          name: this.portal || ""
        });
        this._getRows(connection, this.rows);
      }
      handleCopyInResponse(connection) {
        connection.sendCopyFail("No source stream defined");
      }
      handleCopyData(msg, connection) {
      }
    };
    module.exports = Query2;
  }
});

// node_modules/pg-protocol/dist/messages.js
var require_messages = __commonJS({
  "node_modules/pg-protocol/dist/messages.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.NoticeMessage = exports.DataRowMessage = exports.CommandCompleteMessage = exports.ReadyForQueryMessage = exports.NotificationResponseMessage = exports.BackendKeyDataMessage = exports.AuthenticationMD5Password = exports.ParameterStatusMessage = exports.ParameterDescriptionMessage = exports.RowDescriptionMessage = exports.Field = exports.CopyResponse = exports.CopyDataMessage = exports.DatabaseError = exports.copyDone = exports.emptyQuery = exports.replicationStart = exports.portalSuspended = exports.noData = exports.closeComplete = exports.bindComplete = exports.parseComplete = void 0;
    exports.parseComplete = {
      name: "parseComplete",
      length: 5
    };
    exports.bindComplete = {
      name: "bindComplete",
      length: 5
    };
    exports.closeComplete = {
      name: "closeComplete",
      length: 5
    };
    exports.noData = {
      name: "noData",
      length: 5
    };
    exports.portalSuspended = {
      name: "portalSuspended",
      length: 5
    };
    exports.replicationStart = {
      name: "replicationStart",
      length: 4
    };
    exports.emptyQuery = {
      name: "emptyQuery",
      length: 4
    };
    exports.copyDone = {
      name: "copyDone",
      length: 4
    };
    var DatabaseError2 = class extends Error {
      constructor(message, length, name) {
        super(message);
        this.length = length;
        this.name = name;
      }
    };
    exports.DatabaseError = DatabaseError2;
    var CopyDataMessage = class {
      constructor(length, chunk) {
        this.length = length;
        this.chunk = chunk;
        this.name = "copyData";
      }
    };
    exports.CopyDataMessage = CopyDataMessage;
    var CopyResponse = class {
      constructor(length, name, binary, columnCount) {
        this.length = length;
        this.name = name;
        this.binary = binary;
        this.columnTypes = new Array(columnCount);
      }
    };
    exports.CopyResponse = CopyResponse;
    var Field = class {
      constructor(name, tableID, columnID, dataTypeID, dataTypeSize, dataTypeModifier, format) {
        this.name = name;
        this.tableID = tableID;
        this.columnID = columnID;
        this.dataTypeID = dataTypeID;
        this.dataTypeSize = dataTypeSize;
        this.dataTypeModifier = dataTypeModifier;
        this.format = format;
      }
    };
    exports.Field = Field;
    var RowDescriptionMessage = class {
      constructor(length, fieldCount) {
        this.length = length;
        this.fieldCount = fieldCount;
        this.name = "rowDescription";
        this.fields = new Array(this.fieldCount);
      }
    };
    exports.RowDescriptionMessage = RowDescriptionMessage;
    var ParameterDescriptionMessage = class {
      constructor(length, parameterCount) {
        this.length = length;
        this.parameterCount = parameterCount;
        this.name = "parameterDescription";
        this.dataTypeIDs = new Array(this.parameterCount);
      }
    };
    exports.ParameterDescriptionMessage = ParameterDescriptionMessage;
    var ParameterStatusMessage = class {
      constructor(length, parameterName, parameterValue) {
        this.length = length;
        this.parameterName = parameterName;
        this.parameterValue = parameterValue;
        this.name = "parameterStatus";
      }
    };
    exports.ParameterStatusMessage = ParameterStatusMessage;
    var AuthenticationMD5Password = class {
      constructor(length, salt) {
        this.length = length;
        this.salt = salt;
        this.name = "authenticationMD5Password";
      }
    };
    exports.AuthenticationMD5Password = AuthenticationMD5Password;
    var BackendKeyDataMessage = class {
      constructor(length, processID, secretKey) {
        this.length = length;
        this.processID = processID;
        this.secretKey = secretKey;
        this.name = "backendKeyData";
      }
    };
    exports.BackendKeyDataMessage = BackendKeyDataMessage;
    var NotificationResponseMessage = class {
      constructor(length, processId, channel, payload) {
        this.length = length;
        this.processId = processId;
        this.channel = channel;
        this.payload = payload;
        this.name = "notification";
      }
    };
    exports.NotificationResponseMessage = NotificationResponseMessage;
    var ReadyForQueryMessage = class {
      constructor(length, status) {
        this.length = length;
        this.status = status;
        this.name = "readyForQuery";
      }
    };
    exports.ReadyForQueryMessage = ReadyForQueryMessage;
    var CommandCompleteMessage = class {
      constructor(length, text) {
        this.length = length;
        this.text = text;
        this.name = "commandComplete";
      }
    };
    exports.CommandCompleteMessage = CommandCompleteMessage;
    var DataRowMessage = class {
      constructor(length, fields) {
        this.length = length;
        this.fields = fields;
        this.name = "dataRow";
        this.fieldCount = fields.length;
      }
    };
    exports.DataRowMessage = DataRowMessage;
    var NoticeMessage = class {
      constructor(length, message) {
        this.length = length;
        this.message = message;
        this.name = "notice";
      }
    };
    exports.NoticeMessage = NoticeMessage;
  }
});

// node_modules/pg-protocol/dist/buffer-writer.js
var require_buffer_writer = __commonJS({
  "node_modules/pg-protocol/dist/buffer-writer.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Writer = void 0;
    var Writer = class {
      constructor(size = 256) {
        this.size = size;
        this.offset = 5;
        this.headerPosition = 0;
        this.buffer = Buffer.allocUnsafe(size);
      }
      ensure(size) {
        const remaining = this.buffer.length - this.offset;
        if (remaining < size) {
          const oldBuffer = this.buffer;
          const newSize = oldBuffer.length + (oldBuffer.length >> 1) + size;
          this.buffer = Buffer.allocUnsafe(newSize);
          oldBuffer.copy(this.buffer, 0, 0, this.offset);
        }
      }
      addInt32(num) {
        this.ensure(4);
        this.buffer[this.offset++] = num >>> 24 & 255;
        this.buffer[this.offset++] = num >>> 16 & 255;
        this.buffer[this.offset++] = num >>> 8 & 255;
        this.buffer[this.offset++] = num >>> 0 & 255;
        return this;
      }
      addInt16(num) {
        this.ensure(2);
        this.buffer[this.offset++] = num >>> 8 & 255;
        this.buffer[this.offset++] = num >>> 0 & 255;
        return this;
      }
      addCString(string) {
        if (!string) {
          this.ensure(1);
        } else {
          const len = Buffer.byteLength(string);
          this.ensure(len + 1);
          this.buffer.write(string, this.offset, "utf-8");
          this.offset += len;
        }
        this.buffer[this.offset++] = 0;
        return this;
      }
      addString(string = "") {
        const len = Buffer.byteLength(string);
        this.ensure(len);
        this.buffer.write(string, this.offset);
        this.offset += len;
        return this;
      }
      // Write an Int32 byte-length prefix immediately followed by the string's UTF-8
      // bytes. Postgres' Bind wire format prefixes every parameter with its length,
      // and doing it in one method computes Buffer.byteLength ONCE — the previous
      // `addInt32(Buffer.byteLength(s)).addString(s)` pairing scanned the string
      // three times (byteLength for the prefix, byteLength again inside addString,
      // then the encode), which is costly for large text parameters.
      addInt32PrefixedString(string) {
        const len = Buffer.byteLength(string);
        this.ensure(4 + len);
        const buffer = this.buffer;
        let offset = this.offset;
        buffer[offset++] = len >>> 24 & 255;
        buffer[offset++] = len >>> 16 & 255;
        buffer[offset++] = len >>> 8 & 255;
        buffer[offset++] = len >>> 0 & 255;
        buffer.write(string, offset, "utf-8");
        this.offset = offset + len;
        return this;
      }
      add(otherBuffer) {
        this.ensure(otherBuffer.length);
        otherBuffer.copy(this.buffer, this.offset);
        this.offset += otherBuffer.length;
        return this;
      }
      /**
       * Appends an uninitialized block of {@link size} bytes to the buffer and returns its offset.
       */
      reserveUnsafe(size) {
        const offset = this.offset;
        this.ensure(size);
        this.offset += size;
        return offset;
      }
      join(code2) {
        if (code2) {
          this.buffer[this.headerPosition] = code2;
          const length = this.offset - (this.headerPosition + 1);
          this.buffer.writeInt32BE(length, this.headerPosition + 1);
        }
        return this.buffer.slice(code2 ? 0 : 5, this.offset);
      }
      flush(code2) {
        const result = this.join(code2);
        this.offset = 5;
        this.headerPosition = 0;
        this.buffer = Buffer.allocUnsafe(this.size);
        return result;
      }
      clear() {
        this.offset = 5;
        this.headerPosition = 0;
      }
    };
    exports.Writer = Writer;
  }
});

// node_modules/pg-protocol/dist/serializer.js
var require_serializer = __commonJS({
  "node_modules/pg-protocol/dist/serializer.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.serialize = void 0;
    var buffer_writer_1 = require_buffer_writer();
    var writer = new buffer_writer_1.Writer();
    var startup = (opts) => {
      writer.addInt16(3).addInt16(0);
      for (const key of Object.keys(opts)) {
        writer.addCString(key).addCString(opts[key]);
      }
      writer.addCString("client_encoding").addCString("UTF8");
      const bodyBuffer = writer.addCString("").flush();
      const length = bodyBuffer.length + 4;
      return new buffer_writer_1.Writer().addInt32(length).add(bodyBuffer).flush();
    };
    var requestSsl = () => {
      const response = Buffer.allocUnsafe(8);
      response.writeInt32BE(8, 0);
      response.writeInt32BE(80877103, 4);
      return response;
    };
    var password = (password2) => {
      return writer.addCString(password2).flush(
        112
        /* code.startup */
      );
    };
    var sendSASLInitialResponseMessage = function(mechanism, initialResponse) {
      writer.addCString(mechanism).addInt32PrefixedString(initialResponse);
      return writer.flush(
        112
        /* code.startup */
      );
    };
    var sendSCRAMClientFinalMessage = function(additionalData) {
      return writer.addString(additionalData).flush(
        112
        /* code.startup */
      );
    };
    var query = (text) => {
      return writer.addCString(text).flush(
        81
        /* code.query */
      );
    };
    var emptyArray = [];
    var parse = (query2) => {
      const name = query2.name || "";
      if (name.length > 63) {
        console.error("Warning! Postgres only supports 63 characters for query names.");
        console.error("You supplied %s (%s)", name, name.length);
        console.error("This can cause conflicts and silent errors executing queries");
      }
      const types2 = query2.types || emptyArray;
      const len = types2.length;
      const buffer = writer.addCString(name).addCString(query2.text).addInt16(len);
      for (let i = 0; i < len; i++) {
        buffer.addInt32(types2[i]);
      }
      return writer.flush(
        80
        /* code.parse */
      );
    };
    var writeValues = function(values, valueMapper, formatsOffset) {
      const len = values.length;
      for (let i = 0; i < len; i++) {
        const mappedVal = valueMapper ? valueMapper(values[i], i) : values[i];
        let formatByte = 0;
        if (mappedVal == null) {
          writer.addInt32(-1);
        } else if (mappedVal instanceof Buffer) {
          formatByte = 1;
          writer.addInt32(mappedVal.length);
          writer.add(mappedVal);
        } else {
          writer.addInt32PrefixedString(mappedVal);
        }
        const buf = writer.buffer;
        buf[formatsOffset++] = 0;
        buf[formatsOffset++] = formatByte;
      }
    };
    var bind = (config = {}) => {
      const portal = config.portal || "";
      const statement = config.statement || "";
      const binary = config.binary || false;
      const values = config.values || emptyArray;
      const len = values.length;
      writer.addCString(portal).addCString(statement);
      writer.addInt16(len);
      const formatsOffset = writer.reserveUnsafe(len * 2);
      writer.addInt16(len);
      try {
        writeValues(values, config.valueMapper, formatsOffset);
      } catch (err) {
        writer.clear();
        throw err;
      }
      writer.addInt16(1);
      writer.addInt16(
        binary ? 1 : 0
        /* ParamType.STRING */
      );
      return writer.flush(
        66
        /* code.bind */
      );
    };
    var emptyExecute = Buffer.from([69, 0, 0, 0, 9, 0, 0, 0, 0, 0]);
    var execute = (config) => {
      if (!config || !config.portal && !config.rows) {
        return emptyExecute;
      }
      const portal = config.portal || "";
      const rows = config.rows || 0;
      const portalLength = Buffer.byteLength(portal);
      const len = 4 + portalLength + 1 + 4;
      const buff = Buffer.allocUnsafe(1 + len);
      buff[0] = 69;
      buff.writeInt32BE(len, 1);
      buff.write(portal, 5, "utf-8");
      buff[portalLength + 5] = 0;
      buff.writeUInt32BE(rows, buff.length - 4);
      return buff;
    };
    var cancel = (processID, secretKey) => {
      const buffer = Buffer.allocUnsafe(16);
      buffer.writeInt32BE(16, 0);
      buffer.writeInt16BE(1234, 4);
      buffer.writeInt16BE(5678, 6);
      buffer.writeInt32BE(processID, 8);
      buffer.writeInt32BE(secretKey, 12);
      return buffer;
    };
    var cstringMessage = (code2, string) => {
      const stringLen = Buffer.byteLength(string);
      const len = 4 + stringLen + 1;
      const buffer = Buffer.allocUnsafe(1 + len);
      buffer[0] = code2;
      buffer.writeInt32BE(len, 1);
      buffer.write(string, 5, "utf-8");
      buffer[len] = 0;
      return buffer;
    };
    var emptyDescribePortal = writer.addCString("P").flush(
      68
      /* code.describe */
    );
    var emptyDescribeStatement = writer.addCString("S").flush(
      68
      /* code.describe */
    );
    var describe = (msg) => {
      return msg.name ? cstringMessage(68, `${msg.type}${msg.name || ""}`) : msg.type === "P" ? emptyDescribePortal : emptyDescribeStatement;
    };
    var close = (msg) => {
      const text = `${msg.type}${msg.name || ""}`;
      return cstringMessage(67, text);
    };
    var copyData = (chunk) => {
      return writer.add(chunk).flush(
        100
        /* code.copyFromChunk */
      );
    };
    var copyFail = (message) => {
      return cstringMessage(102, message);
    };
    var codeOnlyBuffer = (code2) => Buffer.from([code2, 0, 0, 0, 4]);
    var flushBuffer = codeOnlyBuffer(
      72
      /* code.flush */
    );
    var syncBuffer = codeOnlyBuffer(
      83
      /* code.sync */
    );
    var endBuffer = codeOnlyBuffer(
      88
      /* code.end */
    );
    var copyDoneBuffer = codeOnlyBuffer(
      99
      /* code.copyDone */
    );
    var serialize = {
      startup,
      password,
      requestSsl,
      sendSASLInitialResponseMessage,
      sendSCRAMClientFinalMessage,
      query,
      parse,
      bind,
      execute,
      describe,
      close,
      flush: () => flushBuffer,
      sync: () => syncBuffer,
      end: () => endBuffer,
      copyData,
      copyDone: () => copyDoneBuffer,
      copyFail,
      cancel
    };
    exports.serialize = serialize;
  }
});

// node_modules/pg-protocol/dist/buffer-reader.js
var require_buffer_reader = __commonJS({
  "node_modules/pg-protocol/dist/buffer-reader.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.BufferReader = void 0;
    var BufferReader = class {
      constructor(offset = 0) {
        this.offset = offset;
        this.buffer = Buffer.allocUnsafe(0);
        this.encoding = "utf-8";
      }
      setBuffer(offset, buffer) {
        this.offset = offset;
        this.buffer = buffer;
      }
      int16() {
        const result = this.buffer.readInt16BE(this.offset);
        this.offset += 2;
        return result;
      }
      byte() {
        const result = this.buffer[this.offset];
        this.offset++;
        return result;
      }
      int32() {
        const result = this.buffer.readInt32BE(this.offset);
        this.offset += 4;
        return result;
      }
      uint32() {
        const result = this.buffer.readUInt32BE(this.offset);
        this.offset += 4;
        return result;
      }
      string(length) {
        const result = this.buffer.toString(this.encoding, this.offset, this.offset + length);
        this.offset += length;
        return result;
      }
      cstring() {
        const start = this.offset;
        let end = start;
        while (this.buffer[end++]) {
        }
        this.offset = end;
        return this.buffer.toString(this.encoding, start, end - 1);
      }
      bytes(length) {
        const result = this.buffer.slice(this.offset, this.offset + length);
        this.offset += length;
        return result;
      }
    };
    exports.BufferReader = BufferReader;
  }
});

// node_modules/pg-protocol/dist/parser.js
var require_parser = __commonJS({
  "node_modules/pg-protocol/dist/parser.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Parser = void 0;
    var messages_1 = require_messages();
    var buffer_reader_1 = require_buffer_reader();
    var CODE_LENGTH = 1;
    var LEN_LENGTH = 4;
    var HEADER_LENGTH = CODE_LENGTH + LEN_LENGTH;
    var LATEINIT_LENGTH = -1;
    var emptyBuffer = Buffer.allocUnsafe(0);
    var Parser = class {
      constructor(opts) {
        this.buffer = emptyBuffer;
        this.bufferLength = 0;
        this.bufferOffset = 0;
        this.reader = new buffer_reader_1.BufferReader();
        if ((opts === null || opts === void 0 ? void 0 : opts.mode) === "binary") {
          throw new Error("Binary mode not supported yet");
        }
        this.mode = (opts === null || opts === void 0 ? void 0 : opts.mode) || "text";
      }
      parse(buffer, callback) {
        this.mergeBuffer(buffer);
        const bufferFullLength = this.bufferOffset + this.bufferLength;
        let offset = this.bufferOffset;
        while (offset + HEADER_LENGTH <= bufferFullLength) {
          const code2 = this.buffer[offset];
          const length = this.buffer.readUInt32BE(offset + CODE_LENGTH);
          const fullMessageLength = CODE_LENGTH + length;
          if (fullMessageLength + offset <= bufferFullLength) {
            const message = this.handlePacket(offset + HEADER_LENGTH, code2, length, this.buffer);
            callback(message);
            offset += fullMessageLength;
          } else {
            break;
          }
        }
        if (offset === bufferFullLength) {
          this.buffer = emptyBuffer;
          this.bufferLength = 0;
          this.bufferOffset = 0;
        } else {
          this.bufferLength = bufferFullLength - offset;
          this.bufferOffset = offset;
        }
      }
      mergeBuffer(buffer) {
        if (this.bufferLength > 0) {
          const newLength = this.bufferLength + buffer.byteLength;
          const newFullLength = newLength + this.bufferOffset;
          if (newFullLength > this.buffer.byteLength) {
            let newBuffer;
            if (newLength <= this.buffer.byteLength && this.bufferOffset >= this.bufferLength) {
              newBuffer = this.buffer;
            } else {
              let newBufferLength = this.buffer.byteLength * 2;
              while (newLength >= newBufferLength) {
                newBufferLength *= 2;
              }
              newBuffer = Buffer.allocUnsafe(newBufferLength);
            }
            this.buffer.copy(newBuffer, 0, this.bufferOffset, this.bufferOffset + this.bufferLength);
            this.buffer = newBuffer;
            this.bufferOffset = 0;
          }
          buffer.copy(this.buffer, this.bufferOffset + this.bufferLength);
          this.bufferLength = newLength;
        } else {
          this.buffer = buffer;
          this.bufferOffset = 0;
          this.bufferLength = buffer.byteLength;
        }
      }
      handlePacket(offset, code2, length, bytes) {
        const { reader } = this;
        reader.setBuffer(offset, bytes);
        let message;
        switch (code2) {
          case 50:
            message = messages_1.bindComplete;
            break;
          case 49:
            message = messages_1.parseComplete;
            break;
          case 51:
            message = messages_1.closeComplete;
            break;
          case 110:
            message = messages_1.noData;
            break;
          case 115:
            message = messages_1.portalSuspended;
            break;
          case 99:
            message = messages_1.copyDone;
            break;
          case 87:
            message = messages_1.replicationStart;
            break;
          case 73:
            message = messages_1.emptyQuery;
            break;
          case 68:
            message = parseDataRowMessage(reader);
            break;
          case 67:
            message = parseCommandCompleteMessage(reader);
            break;
          case 90:
            message = parseReadyForQueryMessage(reader);
            break;
          case 65:
            message = parseNotificationMessage(reader);
            break;
          case 82:
            message = parseAuthenticationResponse(reader, length);
            break;
          case 83:
            message = parseParameterStatusMessage(reader);
            break;
          case 75:
            message = parseBackendKeyData(reader);
            break;
          case 69:
            message = parseErrorMessage(reader, "error");
            break;
          case 78:
            message = parseErrorMessage(reader, "notice");
            break;
          case 84:
            message = parseRowDescriptionMessage(reader);
            break;
          case 116:
            message = parseParameterDescriptionMessage(reader);
            break;
          case 71:
            message = parseCopyInMessage(reader);
            break;
          case 72:
            message = parseCopyOutMessage(reader);
            break;
          case 100:
            message = parseCopyData(reader, length);
            break;
          default:
            return new messages_1.DatabaseError("received invalid response: " + code2.toString(16), length, "error");
        }
        reader.setBuffer(0, emptyBuffer);
        message.length = length;
        return message;
      }
    };
    exports.Parser = Parser;
    var parseReadyForQueryMessage = (reader) => {
      const status = reader.string(1);
      return new messages_1.ReadyForQueryMessage(LATEINIT_LENGTH, status);
    };
    var parseCommandCompleteMessage = (reader) => {
      const text = reader.cstring();
      return new messages_1.CommandCompleteMessage(LATEINIT_LENGTH, text);
    };
    var parseCopyData = (reader, length) => {
      const chunk = reader.bytes(length - 4);
      return new messages_1.CopyDataMessage(LATEINIT_LENGTH, chunk);
    };
    var parseCopyInMessage = (reader) => parseCopyMessage(reader, "copyInResponse");
    var parseCopyOutMessage = (reader) => parseCopyMessage(reader, "copyOutResponse");
    var parseCopyMessage = (reader, messageName) => {
      const isBinary = reader.byte() !== 0;
      const columnCount = reader.int16();
      const message = new messages_1.CopyResponse(LATEINIT_LENGTH, messageName, isBinary, columnCount);
      for (let i = 0; i < columnCount; i++) {
        message.columnTypes[i] = reader.int16();
      }
      return message;
    };
    var parseNotificationMessage = (reader) => {
      const processId = reader.int32();
      const channel = reader.cstring();
      const payload = reader.cstring();
      return new messages_1.NotificationResponseMessage(LATEINIT_LENGTH, processId, channel, payload);
    };
    var parseRowDescriptionMessage = (reader) => {
      const fieldCount = reader.int16();
      const message = new messages_1.RowDescriptionMessage(LATEINIT_LENGTH, fieldCount);
      for (let i = 0; i < fieldCount; i++) {
        message.fields[i] = parseField(reader);
      }
      return message;
    };
    var parseField = (reader) => {
      const name = reader.cstring();
      const tableID = reader.uint32();
      const columnID = reader.int16();
      const dataTypeID = reader.uint32();
      const dataTypeSize = reader.int16();
      const dataTypeModifier = reader.int32();
      const mode = reader.int16() === 0 ? "text" : "binary";
      return new messages_1.Field(name, tableID, columnID, dataTypeID, dataTypeSize, dataTypeModifier, mode);
    };
    var parseParameterDescriptionMessage = (reader) => {
      const parameterCount = reader.int16();
      const message = new messages_1.ParameterDescriptionMessage(LATEINIT_LENGTH, parameterCount);
      for (let i = 0; i < parameterCount; i++) {
        message.dataTypeIDs[i] = reader.uint32();
      }
      return message;
    };
    var parseDataRowMessage = (reader) => {
      const fieldCount = reader.int16();
      const fields = new Array(fieldCount);
      for (let i = 0; i < fieldCount; i++) {
        const len = reader.int32();
        fields[i] = len === -1 ? null : reader.string(len);
      }
      return new messages_1.DataRowMessage(LATEINIT_LENGTH, fields);
    };
    var parseParameterStatusMessage = (reader) => {
      const name = reader.cstring();
      const value = reader.cstring();
      return new messages_1.ParameterStatusMessage(LATEINIT_LENGTH, name, value);
    };
    var parseBackendKeyData = (reader) => {
      const processID = reader.int32();
      const secretKey = reader.int32();
      return new messages_1.BackendKeyDataMessage(LATEINIT_LENGTH, processID, secretKey);
    };
    var parseAuthenticationResponse = (reader, length) => {
      const code2 = reader.int32();
      const message = {
        name: "authenticationOk",
        length
      };
      switch (code2) {
        case 0:
          break;
        case 3:
          if (message.length === 8) {
            message.name = "authenticationCleartextPassword";
          }
          break;
        case 5:
          if (message.length === 12) {
            message.name = "authenticationMD5Password";
            const salt = reader.bytes(4);
            return new messages_1.AuthenticationMD5Password(LATEINIT_LENGTH, salt);
          }
          break;
        case 10:
          {
            message.name = "authenticationSASL";
            message.mechanisms = [];
            let mechanism;
            do {
              mechanism = reader.cstring();
              if (mechanism) {
                message.mechanisms.push(mechanism);
              }
            } while (mechanism);
          }
          break;
        case 11:
          message.name = "authenticationSASLContinue";
          message.data = reader.string(length - 8);
          break;
        case 12:
          message.name = "authenticationSASLFinal";
          message.data = reader.string(length - 8);
          break;
        default:
          throw new Error("Unknown authenticationOk message type " + code2);
      }
      return message;
    };
    var parseErrorMessage = (reader, name) => {
      const fields = {};
      let fieldType = reader.string(1);
      while (fieldType !== "\0") {
        fields[fieldType] = reader.cstring();
        fieldType = reader.string(1);
      }
      const messageValue = fields.M;
      const message = name === "notice" ? new messages_1.NoticeMessage(LATEINIT_LENGTH, messageValue) : new messages_1.DatabaseError(messageValue, LATEINIT_LENGTH, name);
      message.severity = fields.S;
      message.code = fields.C;
      message.detail = fields.D;
      message.hint = fields.H;
      message.position = fields.P;
      message.internalPosition = fields.p;
      message.internalQuery = fields.q;
      message.where = fields.W;
      message.schema = fields.s;
      message.table = fields.t;
      message.column = fields.c;
      message.dataType = fields.d;
      message.constraint = fields.n;
      message.file = fields.F;
      message.line = fields.L;
      message.routine = fields.R;
      return message;
    };
  }
});

// node_modules/pg-protocol/dist/index.js
var require_dist = __commonJS({
  "node_modules/pg-protocol/dist/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DatabaseError = exports.serialize = void 0;
    exports.parse = parse;
    var messages_1 = require_messages();
    Object.defineProperty(exports, "DatabaseError", { enumerable: true, get: function() {
      return messages_1.DatabaseError;
    } });
    var serializer_1 = require_serializer();
    Object.defineProperty(exports, "serialize", { enumerable: true, get: function() {
      return serializer_1.serialize;
    } });
    var parser_1 = require_parser();
    function parse(stream, callback) {
      const parser = new parser_1.Parser();
      stream.on("data", (buffer) => parser.parse(buffer, callback));
      return new Promise((resolve) => stream.on("end", () => resolve()));
    }
  }
});

// node_modules/pg-cloudflare/dist/empty.js
var require_empty = __commonJS({
  "node_modules/pg-cloudflare/dist/empty.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = {};
  }
});

// node_modules/pg/lib/stream.js
var require_stream = __commonJS({
  "node_modules/pg/lib/stream.js"(exports, module) {
    var { getStream, getSecureStream } = getStreamFuncs();
    module.exports = {
      /**
       * Get a socket stream compatible with the current runtime environment.
       * @returns {Duplex}
       */
      getStream,
      /**
       * Get a TLS secured socket, compatible with the current environment,
       * using the socket and other settings given in `options`.
       * @returns {Duplex}
       */
      getSecureStream
    };
    function getNodejsStreamFuncs() {
      function getStream2(ssl) {
        const net = __require("net");
        return new net.Socket();
      }
      function getSecureStream2(options) {
        const tls = __require("tls");
        return tls.connect(options);
      }
      return {
        getStream: getStream2,
        getSecureStream: getSecureStream2
      };
    }
    function getCloudflareStreamFuncs() {
      function getStream2(ssl) {
        const { CloudflareSocket } = require_empty();
        return new CloudflareSocket(ssl);
      }
      function getSecureStream2(options) {
        options.socket.startTls(options);
        return options.socket;
      }
      return {
        getStream: getStream2,
        getSecureStream: getSecureStream2
      };
    }
    function isCloudflareRuntime() {
      if (typeof navigator === "object" && navigator !== null && typeof navigator.userAgent === "string") {
        return navigator.userAgent === "Cloudflare-Workers";
      }
      if (typeof Response === "function") {
        const resp = new Response(null, { cf: { thing: true } });
        if (typeof resp.cf === "object" && resp.cf !== null && resp.cf.thing) {
          return true;
        }
      }
      return false;
    }
    function getStreamFuncs() {
      if (isCloudflareRuntime()) {
        return getCloudflareStreamFuncs();
      }
      return getNodejsStreamFuncs();
    }
  }
});

// node_modules/pg/lib/connection.js
var require_connection = __commonJS({
  "node_modules/pg/lib/connection.js"(exports, module) {
    "use strict";
    var EventEmitter = __require("events").EventEmitter;
    var { parse, serialize } = require_dist();
    var stream = require_stream();
    var { getStream } = stream;
    var flushBuffer = serialize.flush();
    var syncBuffer = serialize.sync();
    var endBuffer = serialize.end();
    var Connection2 = class extends EventEmitter {
      constructor(config) {
        super();
        config = config || {};
        this.stream = config.stream || getStream(config.ssl);
        if (typeof this.stream === "function") {
          this.stream = this.stream(config);
        }
        this._keepAlive = config.keepAlive;
        this._keepAliveInitialDelayMillis = config.keepAliveInitialDelayMillis;
        this.parsedStatements = {};
        this.submittedNamedStatements = {};
        this.ssl = config.ssl || false;
        this.sslNegotiation = config.sslNegotiation || "postgres";
        this._ending = false;
        this._emitMessage = false;
        const self2 = this;
        this.on("newListener", function(eventName) {
          if (eventName === "message") {
            self2._emitMessage = true;
          }
        });
      }
      connect(port, host) {
        const self2 = this;
        this._connecting = true;
        this.stream.setNoDelay(true);
        this.stream.connect(port, host);
        this.stream.once("connect", function() {
          if (self2._keepAlive) {
            self2.stream.setKeepAlive(true, self2._keepAliveInitialDelayMillis);
          }
          self2.emit("connect");
        });
        const reportStreamError = function(error) {
          if (self2._ending && (error.code === "ECONNRESET" || error.code === "EPIPE")) {
            return;
          }
          self2.emit("error", error);
        };
        this.stream.on("error", reportStreamError);
        this.stream.on("close", function() {
          self2.emit("end");
        });
        if (!this.ssl) {
          return this.attachListeners(this.stream);
        }
        if (this.sslNegotiation === "direct") {
          return this.stream.once("connect", function() {
            self2.upgradeToSSL(host, reportStreamError);
          });
        }
        this.stream.once("data", function(buffer) {
          const responseCode = buffer.toString("utf8");
          switch (responseCode) {
            case "S":
              break;
            case "N":
              self2.stream.end();
              return self2.emit("error", new Error("The server does not support SSL connections"));
            default:
              self2.stream.end();
              return self2.emit("error", new Error("There was an error establishing an SSL connection"));
          }
          self2.upgradeToSSL(host, reportStreamError);
        });
      }
      upgradeToSSL(host, reportStreamError) {
        const self2 = this;
        const options = {
          socket: self2.stream,
          // tls.connect checks the server identity against `servername`, falling
          // back to `host` and then to 'localhost'. `servername` must stay unset
          // for IP addresses (see below), so `host` is needed to keep certificate
          // validation working when connecting to an IP address.
          host
        };
        if (self2.ssl !== true) {
          Object.assign(options, self2.ssl);
          if ("key" in self2.ssl) {
            options.key = self2.ssl.key;
          }
        }
        if (self2.sslNegotiation === "direct") {
          options.ALPNProtocols = ["postgresql"];
        }
        const net = __require("net");
        if (net.isIP && net.isIP(host) === 0) {
          options.servername = host;
        }
        try {
          self2.stream = stream.getSecureStream(options);
        } catch (err) {
          return self2.emit("error", err);
        }
        self2.attachListeners(self2.stream);
        self2.stream.on("error", reportStreamError);
        self2.emit("sslconnect");
      }
      attachListeners(stream2) {
        parse(stream2, (msg) => {
          const eventName = msg.name === "error" ? "errorMessage" : msg.name;
          if (this._emitMessage) {
            this.emit("message", msg);
          }
          this.emit(eventName, msg);
        });
      }
      requestSsl() {
        this.stream.write(serialize.requestSsl());
      }
      startup(config) {
        this.stream.write(serialize.startup(config));
      }
      cancel(processID, secretKey) {
        this._send(serialize.cancel(processID, secretKey));
      }
      password(password) {
        this._send(serialize.password(password));
      }
      sendSASLInitialResponseMessage(mechanism, initialResponse) {
        this._send(serialize.sendSASLInitialResponseMessage(mechanism, initialResponse));
      }
      sendSCRAMClientFinalMessage(additionalData) {
        this._send(serialize.sendSCRAMClientFinalMessage(additionalData));
      }
      _send(buffer) {
        if (!this.stream.writable) {
          return false;
        }
        return this.stream.write(buffer);
      }
      query(text) {
        this._send(serialize.query(text));
      }
      // send parse message
      parse(query) {
        this._send(serialize.parse(query));
      }
      // send bind message
      bind(config) {
        this._send(serialize.bind(config));
      }
      // send execute message
      execute(config) {
        this._send(serialize.execute(config));
      }
      flush() {
        if (this.stream.writable) {
          this.stream.write(flushBuffer);
        }
      }
      sync() {
        this._send(syncBuffer);
      }
      ref() {
        this.stream.ref();
      }
      unref() {
        this.stream.unref();
      }
      end() {
        this._ending = true;
        if (!this._connecting || !this.stream.writable) {
          this.stream.end();
          return;
        }
        return this.stream.write(endBuffer, () => {
          this.stream.end();
        });
      }
      close(msg) {
        this._send(serialize.close(msg));
      }
      describe(msg) {
        this._send(serialize.describe(msg));
      }
      sendCopyFromChunk(chunk) {
        this._send(serialize.copyData(chunk));
      }
      endCopyFrom() {
        this._send(serialize.copyDone());
      }
      sendCopyFail(msg) {
        this._send(serialize.copyFail(msg));
      }
    };
    module.exports = Connection2;
  }
});

// node_modules/split2/index.js
var require_split2 = __commonJS({
  "node_modules/split2/index.js"(exports, module) {
    "use strict";
    var { Transform } = __require("stream");
    var { StringDecoder } = __require("string_decoder");
    var kLast = /* @__PURE__ */ Symbol("last");
    var kDecoder = /* @__PURE__ */ Symbol("decoder");
    function transform(chunk, enc, cb) {
      let list;
      if (this.overflow) {
        const buf = this[kDecoder].write(chunk);
        list = buf.split(this.matcher);
        if (list.length === 1) return cb();
        list.shift();
        this.overflow = false;
      } else {
        this[kLast] += this[kDecoder].write(chunk);
        list = this[kLast].split(this.matcher);
      }
      this[kLast] = list.pop();
      for (let i = 0; i < list.length; i++) {
        try {
          push(this, this.mapper(list[i]));
        } catch (error) {
          return cb(error);
        }
      }
      this.overflow = this[kLast].length > this.maxLength;
      if (this.overflow && !this.skipOverflow) {
        cb(new Error("maximum buffer reached"));
        return;
      }
      cb();
    }
    function flush(cb) {
      this[kLast] += this[kDecoder].end();
      if (this[kLast]) {
        try {
          push(this, this.mapper(this[kLast]));
        } catch (error) {
          return cb(error);
        }
      }
      cb();
    }
    function push(self2, val) {
      if (val !== void 0) {
        self2.push(val);
      }
    }
    function noop(incoming) {
      return incoming;
    }
    function split(matcher, mapper, options) {
      matcher = matcher || /\r?\n/;
      mapper = mapper || noop;
      options = options || {};
      switch (arguments.length) {
        case 1:
          if (typeof matcher === "function") {
            mapper = matcher;
            matcher = /\r?\n/;
          } else if (typeof matcher === "object" && !(matcher instanceof RegExp) && !matcher[Symbol.split]) {
            options = matcher;
            matcher = /\r?\n/;
          }
          break;
        case 2:
          if (typeof matcher === "function") {
            options = mapper;
            mapper = matcher;
            matcher = /\r?\n/;
          } else if (typeof mapper === "object") {
            options = mapper;
            mapper = noop;
          }
      }
      options = Object.assign({}, options);
      options.autoDestroy = true;
      options.transform = transform;
      options.flush = flush;
      options.readableObjectMode = true;
      const stream = new Transform(options);
      stream[kLast] = "";
      stream[kDecoder] = new StringDecoder("utf8");
      stream.matcher = matcher;
      stream.mapper = mapper;
      stream.maxLength = options.maxLength;
      stream.skipOverflow = options.skipOverflow || false;
      stream.overflow = false;
      stream._destroy = function(err, cb) {
        this._writableState.errorEmitted = false;
        cb(err);
      };
      return stream;
    }
    module.exports = split;
  }
});

// node_modules/pgpass/lib/helper.js
var require_helper = __commonJS({
  "node_modules/pgpass/lib/helper.js"(exports, module) {
    "use strict";
    var path5 = __require("path");
    var Stream = __require("stream").Stream;
    var split = require_split2();
    var util = __require("util");
    var defaultPort = 5432;
    var isWin = process.platform === "win32";
    var warnStream = process.stderr;
    var S_IRWXG = 56;
    var S_IRWXO = 7;
    var S_IFMT = 61440;
    var S_IFREG = 32768;
    function isRegFile(mode) {
      return (mode & S_IFMT) == S_IFREG;
    }
    var fieldNames = ["host", "port", "database", "user", "password"];
    var nrOfFields = fieldNames.length;
    var passKey = fieldNames[nrOfFields - 1];
    function warn() {
      var isWritable = warnStream instanceof Stream && true === warnStream.writable;
      if (isWritable) {
        var args = Array.prototype.slice.call(arguments).concat("\n");
        warnStream.write(util.format.apply(util, args));
      }
    }
    Object.defineProperty(module.exports, "isWin", {
      get: function() {
        return isWin;
      },
      set: function(val) {
        isWin = val;
      }
    });
    module.exports.warnTo = function(stream) {
      var old = warnStream;
      warnStream = stream;
      return old;
    };
    module.exports.getFileName = function(rawEnv) {
      var env = rawEnv || process.env;
      var file = env.PGPASSFILE || (isWin ? path5.join(env.APPDATA || "./", "postgresql", "pgpass.conf") : path5.join(env.HOME || "./", ".pgpass"));
      return file;
    };
    module.exports.usePgPass = function(stats, fname) {
      if (Object.prototype.hasOwnProperty.call(process.env, "PGPASSWORD")) {
        return false;
      }
      if (isWin) {
        return true;
      }
      fname = fname || "<unkn>";
      if (!isRegFile(stats.mode)) {
        warn('WARNING: password file "%s" is not a plain file', fname);
        return false;
      }
      if (stats.mode & (S_IRWXG | S_IRWXO)) {
        warn('WARNING: password file "%s" has group or world access; permissions should be u=rw (0600) or less', fname);
        return false;
      }
      return true;
    };
    var matcher = module.exports.match = function(connInfo, entry) {
      return fieldNames.slice(0, -1).reduce(function(prev, field, idx) {
        if (idx == 1) {
          if (Number(connInfo[field] || defaultPort) === Number(entry[field])) {
            return prev && true;
          }
        }
        return prev && (entry[field] === "*" || entry[field] === connInfo[field]);
      }, true);
    };
    module.exports.getPassword = function(connInfo, stream, cb) {
      var pass;
      var lineStream = stream.pipe(split());
      function onLine(line) {
        var entry = parseLine(line);
        if (entry && isValidEntry(entry) && matcher(connInfo, entry)) {
          pass = entry[passKey];
          lineStream.end();
        }
      }
      var onEnd = function() {
        stream.destroy();
        cb(pass);
      };
      var onErr = function(err) {
        stream.destroy();
        warn("WARNING: error on reading file: %s", err);
        cb(void 0);
      };
      stream.on("error", onErr);
      lineStream.on("data", onLine).on("end", onEnd).on("error", onErr);
    };
    var parseLine = module.exports.parseLine = function(line) {
      if (line.length < 11 || line.match(/^\s+#/)) {
        return null;
      }
      var curChar = "";
      var prevChar = "";
      var fieldIdx = 0;
      var startIdx = 0;
      var endIdx = 0;
      var obj = {};
      var isLastField = false;
      var addToObj = function(idx, i0, i1) {
        var field = line.substring(i0, i1);
        if (!Object.hasOwnProperty.call(process.env, "PGPASS_NO_DEESCAPE")) {
          field = field.replace(/\\([:\\])/g, "$1");
        }
        obj[fieldNames[idx]] = field;
      };
      for (var i = 0; i < line.length - 1; i += 1) {
        curChar = line.charAt(i + 1);
        prevChar = line.charAt(i);
        isLastField = fieldIdx == nrOfFields - 1;
        if (isLastField) {
          addToObj(fieldIdx, startIdx);
          break;
        }
        if (i >= 0 && curChar == ":" && prevChar !== "\\") {
          addToObj(fieldIdx, startIdx, i + 1);
          startIdx = i + 2;
          fieldIdx += 1;
        }
      }
      obj = Object.keys(obj).length === nrOfFields ? obj : null;
      return obj;
    };
    var isValidEntry = module.exports.isValidEntry = function(entry) {
      var rules = {
        // host
        0: function(x) {
          return x.length > 0;
        },
        // port
        1: function(x) {
          if (x === "*") {
            return true;
          }
          x = Number(x);
          return isFinite(x) && x > 0 && x < 9007199254740992 && Math.floor(x) === x;
        },
        // database
        2: function(x) {
          return x.length > 0;
        },
        // username
        3: function(x) {
          return x.length > 0;
        },
        // password
        4: function(x) {
          return x.length > 0;
        }
      };
      for (var idx = 0; idx < fieldNames.length; idx += 1) {
        var rule = rules[idx];
        var value = entry[fieldNames[idx]] || "";
        var res = rule(value);
        if (!res) {
          return false;
        }
      }
      return true;
    };
  }
});

// node_modules/pgpass/lib/index.js
var require_lib = __commonJS({
  "node_modules/pgpass/lib/index.js"(exports, module) {
    "use strict";
    var path5 = __require("path");
    var fs = __require("fs");
    var helper = require_helper();
    module.exports = function(connInfo, cb) {
      var file = helper.getFileName();
      fs.stat(file, function(err, stat) {
        if (err || !helper.usePgPass(stat, file)) {
          return cb(void 0);
        }
        var st = fs.createReadStream(file);
        helper.getPassword(connInfo, st, cb);
      });
    };
    module.exports.warnTo = helper.warnTo;
  }
});

// node_modules/pg/lib/client.js
var require_client = __commonJS({
  "node_modules/pg/lib/client.js"(exports, module) {
    var EventEmitter = __require("events").EventEmitter;
    var utils = require_utils();
    var nodeUtils = __require("util");
    var sasl = require_sasl();
    var TypeOverrides2 = require_type_overrides();
    var ConnectionParameters = require_connection_parameters();
    var Query2 = require_query();
    var defaults2 = require_defaults();
    var Connection2 = require_connection();
    var crypto2 = require_utils2();
    var activeQueryDeprecationNotice = nodeUtils.deprecate(
      () => {
      },
      "Client.activeQuery is deprecated and will be removed in pg@9.0"
    );
    var queryQueueDeprecationNotice = nodeUtils.deprecate(
      () => {
      },
      "Client.queryQueue is deprecated and will be removed in pg@9.0."
    );
    var pgPassDeprecationNotice = nodeUtils.deprecate(
      () => {
      },
      "pgpass support is deprecated and will be removed in pg@9.0. You can provide an async function as the password property to the Client/Pool constructor that returns a password instead. Within this function you can call the pgpass module in your own code."
    );
    var byoPromiseDeprecationNotice = nodeUtils.deprecate(
      () => {
      },
      "Passing a custom Promise implementation to the Client/Pool constructor is deprecated and will be removed in pg@9.0."
    );
    var queryQueueLengthDeprecationNotice = nodeUtils.deprecate(
      () => {
      },
      "Calling client.query() when the client is already executing a query is deprecated and will be removed in pg@9.0. Use async/await or an external async flow control mechanism instead."
    );
    function coerceNumberOrDefault(value, defaultValue) {
      if (typeof value === "number") {
        return Number.isFinite(value) ? value : defaultValue;
      }
      if (typeof value === "string" && value.trim() !== "") {
        const n = Number(value);
        return Number.isFinite(n) ? n : defaultValue;
      }
      return defaultValue;
    }
    var Client2 = class extends EventEmitter {
      constructor(config) {
        super();
        this.connectionParameters = new ConnectionParameters(config);
        this.user = this.connectionParameters.user;
        this.database = this.connectionParameters.database;
        this.port = this.connectionParameters.port;
        this.host = this.connectionParameters.host;
        Object.defineProperty(this, "password", {
          configurable: true,
          enumerable: false,
          writable: true,
          value: this.connectionParameters.password
        });
        this.replication = this.connectionParameters.replication;
        const c = config || {};
        if (c.Promise) {
          byoPromiseDeprecationNotice();
        }
        this._Promise = c.Promise || global.Promise;
        this._types = new TypeOverrides2(c.types);
        this._ending = false;
        this._ended = false;
        this._connecting = false;
        this._connected = false;
        this._connectionError = false;
        this._queryable = true;
        this._activeQuery = null;
        this._txStatus = null;
        this.enableChannelBinding = Boolean(c.enableChannelBinding);
        this.scramMaxIterations = coerceNumberOrDefault(c.scramMaxIterations, sasl.DEFAULT_MAX_SCRAM_ITERATIONS);
        this.connection = c.connection || new Connection2({
          stream: c.stream,
          ssl: this.connectionParameters.ssl,
          sslNegotiation: this.connectionParameters.sslnegotiation,
          keepAlive: c.keepAlive || false,
          keepAliveInitialDelayMillis: c.keepAliveInitialDelayMillis || 0,
          encoding: this.connectionParameters.client_encoding || "utf8"
        });
        this._queryQueue = [];
        this._sentQueryQueue = [];
        this.pipeline = Boolean(c.pipeline);
        this.binary = c.binary || defaults2.binary;
        this.processID = null;
        this.secretKey = null;
        this.ssl = this.connectionParameters.ssl || false;
        this.sslNegotiation = this.connectionParameters.sslnegotiation || "postgres";
        if (this.ssl && this.ssl.key) {
          Object.defineProperty(this.ssl, "key", {
            enumerable: false
          });
        }
        this._connectionTimeoutMillis = c.connectionTimeoutMillis || 0;
      }
      get activeQuery() {
        activeQueryDeprecationNotice();
        return this._activeQuery;
      }
      set activeQuery(val) {
        activeQueryDeprecationNotice();
        this._activeQuery = val;
      }
      _getActiveQuery() {
        return this._activeQuery;
      }
      _errorAllQueries(err) {
        const enqueueError = (query) => {
          process.nextTick(() => {
            query.handleError(err, this.connection);
          });
        };
        const activeQuery = this._getActiveQuery();
        if (activeQuery) {
          enqueueError(activeQuery);
          this._activeQuery = null;
        }
        this._sentQueryQueue.forEach(enqueueError);
        this._sentQueryQueue.length = 0;
        this._queryQueue.forEach(enqueueError);
        this._queryQueue.length = 0;
      }
      _connect(callback) {
        const self2 = this;
        const con = this.connection;
        this._connectionCallback = callback;
        if (this._connecting || this._connected) {
          const err = new Error("Client has already been connected. You cannot reuse a client.");
          process.nextTick(() => {
            callback(err);
          });
          return;
        }
        this._connecting = true;
        if (this._connectionTimeoutMillis > 0) {
          this.connectionTimeoutHandle = setTimeout(() => {
            con._ending = true;
            con.stream.destroy(new Error("timeout expired"));
          }, this._connectionTimeoutMillis);
          if (this.connectionTimeoutHandle.unref) {
            this.connectionTimeoutHandle.unref();
          }
        }
        if (this.host && this.host.indexOf("/") === 0) {
          con.connect(this.host + "/.s.PGSQL." + this.port);
        } else {
          con.connect(this.port, this.host);
        }
        con.on("connect", function() {
          if (self2.ssl) {
            if (self2.sslNegotiation !== "direct") {
              con.requestSsl();
            }
          } else {
            con.startup(self2.getStartupConf());
          }
        });
        con.on("sslconnect", function() {
          con.startup(self2.getStartupConf());
        });
        this._attachListeners(con);
        con.once("end", () => {
          const error = this._ending ? new Error("Connection terminated") : new Error("Connection terminated unexpectedly");
          clearTimeout(this.connectionTimeoutHandle);
          this._errorAllQueries(error);
          this._ended = true;
          if (!this._ending) {
            if (this._connecting && !this._connectionError) {
              if (this._connectionCallback) {
                this._connectionCallback(error);
              } else {
                this._handleErrorEvent(error);
              }
            } else if (!this._connectionError) {
              this._handleErrorEvent(error);
            }
          }
          process.nextTick(() => {
            this.emit("end");
          });
        });
      }
      connect(callback) {
        if (callback) {
          this._connect(callback);
          return;
        }
        return new this._Promise((resolve, reject) => {
          this._connect((error) => {
            if (error) {
              reject(error);
            } else {
              resolve(this);
            }
          });
        });
      }
      _attachListeners(con) {
        con.on("authenticationCleartextPassword", this._handleAuthCleartextPassword.bind(this));
        con.on("authenticationMD5Password", this._handleAuthMD5Password.bind(this));
        con.on("authenticationSASL", this._handleAuthSASL.bind(this));
        con.on("authenticationSASLContinue", this._handleAuthSASLContinue.bind(this));
        con.on("authenticationSASLFinal", this._handleAuthSASLFinal.bind(this));
        con.on("backendKeyData", this._handleBackendKeyData.bind(this));
        con.on("error", this._handleErrorEvent.bind(this));
        con.on("errorMessage", this._handleErrorMessage.bind(this));
        con.on("readyForQuery", this._handleReadyForQuery.bind(this));
        con.on("notice", this._handleNotice.bind(this));
        con.on("rowDescription", this._handleRowDescription.bind(this));
        con.on("dataRow", this._handleDataRow.bind(this));
        con.on("portalSuspended", this._handlePortalSuspended.bind(this));
        con.on("emptyQuery", this._handleEmptyQuery.bind(this));
        con.on("commandComplete", this._handleCommandComplete.bind(this));
        con.on("parseComplete", this._handleParseComplete.bind(this));
        con.on("copyInResponse", this._handleCopyInResponse.bind(this));
        con.on("copyData", this._handleCopyData.bind(this));
        con.on("notification", this._handleNotification.bind(this));
      }
      _getPassword(cb) {
        const con = this.connection;
        if (typeof this.password === "function") {
          this._Promise.resolve().then(() => this.password(this.connectionParameters)).then((pass) => {
            if (pass !== void 0) {
              if (typeof pass !== "string") {
                con.emit("error", new TypeError("Password must be a string"));
                return;
              }
              this.connectionParameters.password = this.password = pass;
            } else {
              this.connectionParameters.password = this.password = null;
            }
            cb();
          }).catch((err) => {
            con.emit("error", err);
          });
        } else if (this.password !== null) {
          cb();
        } else {
          try {
            const pgPass = require_lib();
            pgPass(this.connectionParameters, (pass) => {
              if (void 0 !== pass) {
                pgPassDeprecationNotice();
                this.connectionParameters.password = this.password = pass;
              }
              cb();
            });
          } catch (e) {
            this.emit("error", e);
          }
        }
      }
      _handleAuthCleartextPassword(msg) {
        this._getPassword(() => {
          this.connection.password(this.password);
        });
      }
      _handleAuthMD5Password(msg) {
        this._getPassword(async () => {
          try {
            const hashedPassword = await crypto2.postgresMd5PasswordHash(this.user, this.password, msg.salt);
            this.connection.password(hashedPassword);
          } catch (e) {
            this.emit("error", e);
          }
        });
      }
      _handleAuthSASL(msg) {
        this._getPassword(() => {
          try {
            this.saslSession = sasl.startSession(
              msg.mechanisms,
              this.enableChannelBinding && this.connection.stream,
              this.scramMaxIterations
            );
            this.connection.sendSASLInitialResponseMessage(this.saslSession.mechanism, this.saslSession.response);
          } catch (err) {
            this.connection.emit("error", err);
          }
        });
      }
      async _handleAuthSASLContinue(msg) {
        try {
          await sasl.continueSession(
            this.saslSession,
            this.password,
            msg.data,
            this.enableChannelBinding && this.connection.stream
          );
          this.connection.sendSCRAMClientFinalMessage(this.saslSession.response);
        } catch (err) {
          this.connection.emit("error", err);
        }
      }
      _handleAuthSASLFinal(msg) {
        try {
          sasl.finalizeSession(this.saslSession, msg.data);
          this.saslSession = null;
        } catch (err) {
          this.connection.emit("error", err);
        }
      }
      _handleBackendKeyData(msg) {
        this.processID = msg.processID;
        this.secretKey = msg.secretKey;
      }
      _handleReadyForQuery(msg) {
        if (this._connecting) {
          this._connecting = false;
          this._connected = true;
          clearTimeout(this.connectionTimeoutHandle);
          if (this._connectionCallback) {
            this._connectionCallback(null, this);
            this._connectionCallback = null;
          }
          this.emit("connect");
        }
        const activeQuery = this._getActiveQuery();
        this._activeQuery = null;
        this._txStatus = msg?.status ?? null;
        this.readyForQuery = true;
        if (activeQuery) {
          activeQuery.handleReadyForQuery(this.connection);
        }
        this._pulseQueryQueue();
      }
      // if we receive an error event or error message
      // during the connection process we handle it here
      _handleErrorWhileConnecting(err) {
        if (this._connectionError) {
          return;
        }
        this._connectionError = true;
        clearTimeout(this.connectionTimeoutHandle);
        if (this._connectionCallback) {
          return this._connectionCallback(err);
        }
        this.emit("error", err);
      }
      // if we're connected and we receive an error event from the connection
      // this means the socket is dead - do a hard abort of all queries and emit
      // the socket error on the client as well
      _handleErrorEvent(err) {
        if (this._connecting) {
          return this._handleErrorWhileConnecting(err);
        }
        this._queryable = false;
        this._errorAllQueries(err);
        this.emit("error", err);
      }
      // handle error messages from the postgres backend
      _handleErrorMessage(msg) {
        if (this._connecting) {
          return this._handleErrorWhileConnecting(msg);
        }
        const activeQuery = this._getActiveQuery();
        if (!activeQuery) {
          this._handleErrorEvent(msg);
          return;
        }
        this._activeQuery = null;
        if (activeQuery.name) {
          delete this.connection.submittedNamedStatements[activeQuery.name];
        }
        activeQuery.handleError(msg, this.connection);
      }
      _handleRowDescription(msg) {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected rowDescription message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        activeQuery.handleRowDescription(msg);
      }
      _handleDataRow(msg) {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected dataRow message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        activeQuery.handleDataRow(msg);
      }
      _handlePortalSuspended(msg) {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected portalSuspended message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        activeQuery.handlePortalSuspended(this.connection);
      }
      _handleEmptyQuery(msg) {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected emptyQuery message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        activeQuery.handleEmptyQuery(this.connection);
      }
      _handleCommandComplete(msg) {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected commandComplete message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        activeQuery.handleCommandComplete(msg, this.connection);
      }
      _handleParseComplete() {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected parseComplete message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        if (activeQuery.name) {
          this.connection.parsedStatements[activeQuery.name] = activeQuery.text;
          delete this.connection.submittedNamedStatements[activeQuery.name];
        }
      }
      _handleCopyInResponse(msg) {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected copyInResponse message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        activeQuery.handleCopyInResponse(this.connection);
      }
      _handleCopyData(msg) {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected copyData message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        activeQuery.handleCopyData(msg, this.connection);
      }
      _handleNotification(msg) {
        this.emit("notification", msg);
      }
      _handleNotice(msg) {
        this.emit("notice", msg);
      }
      getStartupConf() {
        const params = this.connectionParameters;
        const data = {
          user: params.user,
          database: params.database
        };
        const appName = params.application_name || params.fallback_application_name;
        if (appName) {
          data.application_name = appName;
        }
        if (params.replication) {
          data.replication = "" + params.replication;
        }
        if (params.statement_timeout) {
          data.statement_timeout = String(parseInt(params.statement_timeout, 10));
        }
        if (params.lock_timeout) {
          data.lock_timeout = String(parseInt(params.lock_timeout, 10));
        }
        if (params.idle_in_transaction_session_timeout) {
          data.idle_in_transaction_session_timeout = String(parseInt(params.idle_in_transaction_session_timeout, 10));
        }
        if (params.options) {
          data.options = params.options;
        }
        return data;
      }
      cancel(client, query) {
        if (client.activeQuery === query) {
          const con = this.connection;
          if (this.host && this.host.indexOf("/") === 0) {
            con.connect(this.host + "/.s.PGSQL." + this.port);
          } else {
            con.connect(this.port, this.host);
          }
          con.on("connect", function() {
            con.cancel(client.processID, client.secretKey);
          });
        } else if (client._queryQueue.indexOf(query) !== -1) {
          client._queryQueue.splice(client._queryQueue.indexOf(query), 1);
        } else if (client._sentQueryQueue.indexOf(query) !== -1) {
          query.callback = () => {
          };
        }
      }
      setTypeParser(oid, format, parseFn) {
        return this._types.setTypeParser(oid, format, parseFn);
      }
      getTypeParser(oid, format) {
        return this._types.getTypeParser(oid, format);
      }
      // escapeIdentifier and escapeLiteral moved to utility functions & exported
      // on PG
      // re-exported here for backwards compatibility
      escapeIdentifier(str) {
        return utils.escapeIdentifier(str);
      }
      escapeLiteral(str) {
        return utils.escapeLiteral(str);
      }
      _pulseQueryQueue() {
        if (this.pipeline) {
          this._pulsePipelinedQueryQueue();
          return;
        }
        if (this.readyForQuery === true) {
          this._activeQuery = this._queryQueue.shift();
          const activeQuery = this._getActiveQuery();
          if (activeQuery) {
            this.readyForQuery = false;
            this.hasExecuted = true;
            const queryError = activeQuery.submit(this.connection);
            if (queryError) {
              process.nextTick(() => {
                activeQuery.handleError(queryError, this.connection);
                this.readyForQuery = true;
                this._pulseQueryQueue();
              });
            }
          } else if (this.hasExecuted) {
            this._activeQuery = null;
            this.emit("drain");
          }
        }
      }
      _pulsePipelinedQueryQueue() {
        if (!this._connected || !this._queryable) {
          return;
        }
        while (this._queryQueue.length > 0) {
          const query = this._queryQueue.shift();
          this.hasExecuted = true;
          const queryError = query.submit(this.connection);
          if (queryError) {
            process.nextTick(() => {
              query.handleError(queryError, this.connection);
            });
            continue;
          }
          this._sentQueryQueue.push(query);
        }
        if (this.readyForQuery && !this._activeQuery && this._sentQueryQueue.length > 0) {
          this._activeQuery = this._sentQueryQueue.shift();
          this.readyForQuery = false;
        }
        if (!this._activeQuery && this._sentQueryQueue.length === 0 && this._queryQueue.length === 0 && this.hasExecuted) {
          this.emit("drain");
        }
      }
      query(config, values, callback) {
        let query;
        let result;
        if (config == null) {
          throw new TypeError("Client was passed a null or undefined query");
        }
        if (typeof config.submit === "function") {
          result = query = config;
          if (!query.callback) {
            if (typeof values === "function") {
              query.callback = values;
            } else if (callback) {
              query.callback = callback;
            }
          }
        } else {
          query = new Query2(config, values, callback);
          if (!query.callback) {
            result = new this._Promise((resolve, reject) => {
              query.callback = (err, res) => err ? reject(err) : resolve(res);
            }).catch((err) => {
              Error.captureStackTrace(err);
              throw err;
            });
          } else if (typeof query.callback !== "function") {
            throw new TypeError("callback is not a function");
          }
        }
        const readTimeout = config.query_timeout || this.connectionParameters.query_timeout;
        if (readTimeout) {
          const queryCallback = query.callback || (() => {
          });
          const readTimeoutTimer = setTimeout(() => {
            const error = new Error("Query read timeout");
            process.nextTick(() => {
              query.handleError(error, this.connection);
            });
            queryCallback(error);
            query.callback = () => {
            };
            const index = this._queryQueue.indexOf(query);
            if (index > -1) {
              this._queryQueue.splice(index, 1);
            } else if (this.pipeline) {
              this.connection.stream.destroy();
              return;
            }
            this._pulseQueryQueue();
          }, readTimeout);
          query.callback = (err, res) => {
            clearTimeout(readTimeoutTimer);
            queryCallback(err, res);
          };
        }
        if (this.binary && !query.binary) {
          query.binary = true;
        }
        if (query._result && !query._result._types) {
          query._result._types = this._types;
        }
        if (this.pipeline) {
          const portalQuery = typeof config.submit === "function" && !(query instanceof Query2) ? "Custom query classes such as pg-cursor and pg-query-stream are" : query.rows ? "The `rows` option is" : null;
          if (portalQuery) {
            process.nextTick(() => {
              query.handleError(new Error(`${portalQuery} not supported in pipeline mode`), this.connection);
            });
            return result;
          }
        }
        if (!this._queryable) {
          process.nextTick(() => {
            query.handleError(new Error("Client has encountered a connection error and is not queryable"), this.connection);
          });
          return result;
        }
        if (this._ending) {
          process.nextTick(() => {
            query.handleError(new Error("Client was closed and is not queryable"), this.connection);
          });
          return result;
        }
        if (this._queryQueue.length > 0 && !this.pipeline) {
          queryQueueLengthDeprecationNotice();
        }
        this._queryQueue.push(query);
        this._pulseQueryQueue();
        return result;
      }
      ref() {
        this.connection.ref();
      }
      unref() {
        this.connection.unref();
      }
      getTransactionStatus() {
        return this._txStatus;
      }
      end(cb) {
        this._ending = true;
        if (!this.connection._connecting || this._ended) {
          if (cb) {
            cb();
            return;
          } else {
            return this._Promise.resolve();
          }
        }
        if (!this._queryable) {
          this.connection.stream.destroy();
        } else if (this.pipeline && (this._getActiveQuery() || this._sentQueryQueue.length > 0 || this._queryQueue.length > 0)) {
          this.once("drain", () => this.connection.end());
        } else if (this._getActiveQuery()) {
          this.connection.stream.destroy();
        } else {
          this.connection.end();
        }
        if (cb) {
          this.connection.once("end", cb);
        } else {
          return new this._Promise((resolve) => {
            this.connection.once("end", resolve);
          });
        }
      }
      get queryQueue() {
        queryQueueDeprecationNotice();
        return this._queryQueue;
      }
    };
    Client2.Query = Query2;
    module.exports = Client2;
  }
});

// node_modules/pg-pool/index.js
var require_pg_pool = __commonJS({
  "node_modules/pg-pool/index.js"(exports, module) {
    "use strict";
    var EventEmitter = __require("events").EventEmitter;
    var NOOP = function() {
    };
    var removeWhere = (list, predicate) => {
      const i = list.findIndex(predicate);
      return i === -1 ? void 0 : list.splice(i, 1)[0];
    };
    var IdleItem = class {
      constructor(client, idleListener, timeoutId) {
        this.client = client;
        this.idleListener = idleListener;
        this.timeoutId = timeoutId;
      }
    };
    var PendingItem = class {
      constructor(callback) {
        this.callback = callback;
      }
    };
    function throwOnDoubleRelease() {
      throw new Error("Release called on client which has already been released to the pool.");
    }
    function promisify(Promise2, callback) {
      if (callback) {
        return { callback, result: void 0 };
      }
      let rej;
      let res;
      const cb = function(err, client) {
        err ? rej(err) : res(client);
      };
      const result = new Promise2(function(resolve, reject) {
        res = resolve;
        rej = reject;
      }).catch((err) => {
        Error.captureStackTrace(err);
        throw err;
      });
      return { callback: cb, result };
    }
    function makeIdleListener(pool, client) {
      return function idleListener(err) {
        err.client = client;
        client.removeListener("error", idleListener);
        client.on("error", () => {
          pool.log("additional client error after disconnection due to error", err);
        });
        pool._remove(client);
        pool.emit("error", err, client);
      };
    }
    var Pool2 = class extends EventEmitter {
      constructor(options, Client2) {
        super();
        this.options = Object.assign({}, options);
        if (options != null && "password" in options) {
          Object.defineProperty(this.options, "password", {
            configurable: true,
            enumerable: false,
            writable: true,
            value: options.password
          });
        }
        if (options != null && options.ssl && options.ssl.key) {
          Object.defineProperty(this.options.ssl, "key", {
            enumerable: false
          });
        }
        this.options.max = this.options.max || this.options.poolSize || 10;
        this.options.min = this.options.min || 0;
        this.options.maxUses = this.options.maxUses || Infinity;
        this.options.allowExitOnIdle = this.options.allowExitOnIdle || false;
        this.options.maxLifetimeSeconds = this.options.maxLifetimeSeconds || 0;
        this.log = this.options.log || function() {
        };
        this.Client = this.options.Client || Client2 || require_lib2().Client;
        this.Promise = this.options.Promise || global.Promise;
        if (typeof this.options.idleTimeoutMillis === "undefined") {
          this.options.idleTimeoutMillis = 1e4;
        }
        this._clients = [];
        this._idle = [];
        this._expired = /* @__PURE__ */ new WeakSet();
        this._pendingQueue = [];
        this._endCallback = void 0;
        this.ending = false;
        this.ended = false;
      }
      _promiseTry(f) {
        const Promise2 = this.Promise;
        if (typeof Promise2.try === "function") {
          return Promise2.try(f);
        }
        return new Promise2((resolve) => resolve(f()));
      }
      _isFull() {
        return this._clients.length >= this.options.max;
      }
      _isAboveMin() {
        return this._clients.length > this.options.min;
      }
      _pulseQueue() {
        this.log("pulse queue");
        if (this.ended) {
          this.log("pulse queue ended");
          return;
        }
        if (this.ending) {
          this.log("pulse queue on ending");
          if (this._idle.length) {
            this._idle.slice().map((item) => {
              this._remove(item.client);
            });
          }
          if (!this._clients.length) {
            this.ended = true;
            this._endCallback();
          }
          return;
        }
        if (!this._pendingQueue.length) {
          this.log("no queued requests");
          return;
        }
        if (!this._idle.length && this._isFull()) {
          return;
        }
        const pendingItem = this._pendingQueue.shift();
        if (this._idle.length) {
          const idleItem = this._idle.pop();
          clearTimeout(idleItem.timeoutId);
          const client = idleItem.client;
          client.ref && client.ref();
          const idleListener = idleItem.idleListener;
          return this._acquireClient(client, pendingItem, idleListener, false);
        }
        if (!this._isFull()) {
          return this.newClient(pendingItem);
        }
        throw new Error("unexpected condition");
      }
      _remove(client, callback) {
        const removed = removeWhere(this._idle, (item) => item.client === client);
        if (removed !== void 0) {
          clearTimeout(removed.timeoutId);
        }
        this._clients = this._clients.filter((c) => c !== client);
        const context = this;
        client.end(() => {
          context.emit("remove", client);
          if (typeof callback === "function") {
            callback();
          }
        });
      }
      connect(cb) {
        if (this.ending) {
          const err = new Error("Cannot use a pool after calling end on the pool");
          return cb ? cb(err) : this.Promise.reject(err);
        }
        const response = promisify(this.Promise, cb);
        const result = response.result;
        if (this._isFull() || this._idle.length) {
          if (this._idle.length) {
            process.nextTick(() => this._pulseQueue());
          }
          if (!this.options.connectionTimeoutMillis) {
            this._pendingQueue.push(new PendingItem(response.callback));
            return result;
          }
          const queueCallback = (err, res, done) => {
            clearTimeout(tid);
            response.callback(err, res, done);
          };
          const pendingItem = new PendingItem(queueCallback);
          const tid = setTimeout(() => {
            removeWhere(this._pendingQueue, (i) => i.callback === queueCallback);
            pendingItem.timedOut = true;
            response.callback(new Error("timeout exceeded when trying to connect"));
          }, this.options.connectionTimeoutMillis);
          if (tid.unref) {
            tid.unref();
          }
          this._pendingQueue.push(pendingItem);
          return result;
        }
        this.newClient(new PendingItem(response.callback));
        return result;
      }
      newClient(pendingItem) {
        const client = new this.Client(this.options);
        this._clients.push(client);
        const idleListener = makeIdleListener(this, client);
        this.log("checking client timeout");
        let tid;
        let timeoutHit = false;
        if (this.options.connectionTimeoutMillis) {
          tid = setTimeout(() => {
            if (client.connection) {
              this.log("ending client due to timeout");
              timeoutHit = true;
              client.connection.stream.destroy();
            } else if (!client.isConnected()) {
              this.log("ending client due to timeout");
              timeoutHit = true;
              client.end();
            }
          }, this.options.connectionTimeoutMillis);
        }
        this.log("connecting new client");
        client.connect((err) => {
          if (tid) {
            clearTimeout(tid);
          }
          client.on("error", idleListener);
          if (err) {
            this.log("client failed to connect", err);
            this._clients = this._clients.filter((c) => c !== client);
            if (timeoutHit) {
              err = new Error("Connection terminated due to connection timeout", { cause: err });
            }
            this._pulseQueue();
            if (!pendingItem.timedOut) {
              pendingItem.callback(err, void 0, NOOP);
            }
          } else {
            this.log("new client connected");
            if (this.options.onConnect) {
              this._promiseTry(() => this.options.onConnect(client)).then(
                () => {
                  this._afterConnect(client, pendingItem, idleListener);
                },
                (hookErr) => {
                  this._clients = this._clients.filter((c) => c !== client);
                  client.end(() => {
                    this._pulseQueue();
                    if (!pendingItem.timedOut) {
                      pendingItem.callback(hookErr, void 0, NOOP);
                    }
                  });
                }
              );
              return;
            }
            return this._afterConnect(client, pendingItem, idleListener);
          }
        });
      }
      _afterConnect(client, pendingItem, idleListener) {
        if (this.options.maxLifetimeSeconds !== 0) {
          const maxLifetimeTimeout = setTimeout(() => {
            this.log("ending client due to expired lifetime");
            this._expired.add(client);
            const idleIndex = this._idle.findIndex((idleItem) => idleItem.client === client);
            if (idleIndex !== -1) {
              this._acquireClient(
                client,
                new PendingItem((err, client2, clientRelease) => clientRelease()),
                idleListener,
                false
              );
            }
          }, this.options.maxLifetimeSeconds * 1e3);
          maxLifetimeTimeout.unref();
          client.once("end", () => clearTimeout(maxLifetimeTimeout));
        }
        return this._acquireClient(client, pendingItem, idleListener, true);
      }
      // acquire a client for a pending work item
      _acquireClient(client, pendingItem, idleListener, isNew) {
        if (isNew) {
          this.emit("connect", client);
        }
        this.emit("acquire", client);
        client.release = this._releaseOnce(client, idleListener);
        client.removeListener("error", idleListener);
        if (!pendingItem.timedOut) {
          if (isNew && this.options.verify) {
            this.options.verify(client, (err) => {
              if (err) {
                client.release(err);
                return pendingItem.callback(err, void 0, NOOP);
              }
              pendingItem.callback(void 0, client, client.release);
            });
          } else {
            pendingItem.callback(void 0, client, client.release);
          }
        } else {
          if (isNew && this.options.verify) {
            this.options.verify(client, client.release);
          } else {
            client.release();
          }
        }
      }
      // returns a function that wraps _release and throws if called more than once
      _releaseOnce(client, idleListener) {
        let released = false;
        return (err) => {
          if (released) {
            throwOnDoubleRelease();
          }
          released = true;
          this._release(client, idleListener, err);
        };
      }
      // release a client back to the poll, include an error
      // to remove it from the pool
      _release(client, idleListener, err) {
        client.on("error", idleListener);
        client._poolUseCount = (client._poolUseCount || 0) + 1;
        this.emit("release", err, client);
        if (err || this.ending || !client._queryable || client._ending || client._poolUseCount >= this.options.maxUses) {
          if (client._poolUseCount >= this.options.maxUses) {
            this.log("remove expended client");
          }
          return this._remove(client, this._pulseQueue.bind(this));
        }
        const isExpired = this._expired.has(client);
        if (isExpired) {
          this.log("remove expired client");
          this._expired.delete(client);
          return this._remove(client, this._pulseQueue.bind(this));
        }
        let tid;
        if (this.options.idleTimeoutMillis && this._isAboveMin()) {
          tid = setTimeout(() => {
            if (this._isAboveMin()) {
              this.log("remove idle client");
              this._remove(client, this._pulseQueue.bind(this));
            }
          }, this.options.idleTimeoutMillis);
          if (this.options.allowExitOnIdle) {
            tid.unref();
          }
        }
        if (this.options.allowExitOnIdle) {
          client.unref();
        }
        this._idle.push(new IdleItem(client, idleListener, tid));
        this._pulseQueue();
      }
      query(text, values, cb) {
        if (typeof text === "function") {
          const response2 = promisify(this.Promise, text);
          setImmediate(function() {
            return response2.callback(new Error("Passing a function as the first parameter to pool.query is not supported"));
          });
          return response2.result;
        }
        if (typeof values === "function") {
          cb = values;
          values = void 0;
        }
        const response = promisify(this.Promise, cb);
        cb = response.callback;
        this.connect((err, client) => {
          if (err) {
            return cb(err);
          }
          let clientReleased = false;
          const onError = (err2) => {
            if (clientReleased) {
              return;
            }
            clientReleased = true;
            client.release(err2);
            cb(err2);
          };
          client.once("error", onError);
          this.log("dispatching query");
          try {
            client.query(text, values, (err2, res) => {
              this.log("query dispatched");
              client.removeListener("error", onError);
              if (clientReleased) {
                return;
              }
              clientReleased = true;
              client.release(err2);
              if (err2) {
                return cb(err2);
              }
              return cb(void 0, res);
            });
          } catch (err2) {
            client.release(err2);
            return cb(err2);
          }
        });
        return response.result;
      }
      end(cb) {
        this.log("ending");
        if (this.ending) {
          const err = new Error("Called end on pool more than once");
          return cb ? cb(err) : this.Promise.reject(err);
        }
        this.ending = true;
        const promised = promisify(this.Promise, cb);
        this._endCallback = promised.callback;
        this._pulseQueue();
        return promised.result;
      }
      get waitingCount() {
        return this._pendingQueue.length;
      }
      get idleCount() {
        return this._idle.length;
      }
      get expiredCount() {
        return this._clients.reduce((acc, client) => acc + (this._expired.has(client) ? 1 : 0), 0);
      }
      get totalCount() {
        return this._clients.length;
      }
    };
    module.exports = Pool2;
  }
});

// node_modules/pg/lib/native/query.js
var require_query2 = __commonJS({
  "node_modules/pg/lib/native/query.js"(exports, module) {
    "use strict";
    var EventEmitter = __require("events").EventEmitter;
    var util = __require("util");
    var utils = require_utils();
    var NativeQuery = module.exports = function(config, values, callback) {
      EventEmitter.call(this);
      config = utils.normalizeQueryConfig(config, values, callback);
      this.text = config.text;
      this.values = config.values;
      this.name = config.name;
      this.queryMode = config.queryMode;
      this.callback = config.callback;
      this.state = "new";
      this._arrayMode = config.rowMode === "array";
      this._emitRowEvents = false;
      this.on(
        "newListener",
        function(event) {
          if (event === "row") this._emitRowEvents = true;
        }.bind(this)
      );
    };
    util.inherits(NativeQuery, EventEmitter);
    var errorFieldMap = {
      sqlState: "code",
      statementPosition: "position",
      messagePrimary: "message",
      messageDetail: "detail",
      messageHint: "hint",
      context: "where",
      schemaName: "schema",
      tableName: "table",
      columnName: "column",
      dataTypeName: "dataType",
      constraintName: "constraint",
      sourceFile: "file",
      sourceLine: "line",
      sourceFunction: "routine"
    };
    NativeQuery.prototype.handleError = function(err) {
      const fields = this.native && this.native.pq.resultErrorFields();
      if (fields) {
        for (const key in fields) {
          const normalizedFieldName = errorFieldMap[key] || key;
          err[normalizedFieldName] = fields[key];
        }
      }
      if (this.callback) {
        this.callback(err);
      } else {
        this.emit("error", err);
      }
      this.state = "error";
    };
    NativeQuery.prototype.then = function(onSuccess, onFailure) {
      return this._getPromise().then(onSuccess, onFailure);
    };
    NativeQuery.prototype.catch = function(callback) {
      return this._getPromise().catch(callback);
    };
    NativeQuery.prototype._getPromise = function() {
      if (this._promise) return this._promise;
      this._promise = new Promise(
        function(resolve, reject) {
          this._once("end", resolve);
          this._once("error", reject);
        }.bind(this)
      );
      return this._promise;
    };
    NativeQuery.prototype.submit = function(client) {
      this.state = "running";
      const self2 = this;
      this.native = client.native;
      client.native.arrayMode = this._arrayMode;
      let after = function(err, rows, results) {
        client.native.arrayMode = false;
        setImmediate(function() {
          self2.emit("_done");
        });
        if (err) {
          return self2.handleError(err);
        }
        if (self2._emitRowEvents) {
          if (results.length > 1) {
            rows.forEach((rowOfRows, i) => {
              rowOfRows.forEach((row) => {
                self2.emit("row", row, results[i]);
              });
            });
          } else {
            rows.forEach(function(row) {
              self2.emit("row", row, results);
            });
          }
        }
        self2.state = "end";
        self2.emit("end", results);
        if (self2.callback) {
          self2.callback(null, results);
        }
      };
      if (process.domain) {
        after = process.domain.bind(after);
      }
      if (this.name) {
        if (this.name.length > 63) {
          console.error("Warning! Postgres only supports 63 characters for query names.");
          console.error("You supplied %s (%s)", this.name, this.name.length);
          console.error("This can cause conflicts and silent errors executing queries");
        }
        const values = (this.values || []).map(utils.prepareValue);
        if (client.namedQueries[this.name] !== void 0) {
          if (this.text && client.namedQueries[this.name] !== this.text) {
            const err = new Error(`Prepared statements must be unique - '${this.name}' was used for a different statement`);
            return after(err);
          }
          return client.native.execute(this.name, values, after);
        }
        return client.native.prepare(this.name, this.text, values.length, function(err) {
          if (err) return after(err);
          client.namedQueries[self2.name] = self2.text;
          return self2.native.execute(self2.name, values, after);
        });
      } else if (this.values) {
        if (!Array.isArray(this.values)) {
          const err = new Error("Query values must be an array");
          return after(err);
        }
        const vals = this.values.map(utils.prepareValue);
        client.native.query(this.text, vals, after);
      } else if (this.queryMode === "extended") {
        client.native.query(this.text, [], after);
      } else {
        client.native.query(this.text, after);
      }
    };
  }
});

// node_modules/pg/lib/native/client.js
var require_client2 = __commonJS({
  "node_modules/pg/lib/native/client.js"(exports, module) {
    var nodeUtils = __require("util");
    var Native;
    try {
      Native = __require("pg-native");
    } catch (e) {
      throw e;
    }
    var TypeOverrides2 = require_type_overrides();
    var EventEmitter = __require("events").EventEmitter;
    var util = __require("util");
    var ConnectionParameters = require_connection_parameters();
    var NativeQuery = require_query2();
    var queryQueueLengthDeprecationNotice = nodeUtils.deprecate(
      () => {
      },
      "Calling client.query() when the client is already executing a query is deprecated and will be removed in pg@9.0. Use async/await or an external async flow control mechanism instead."
    );
    var Client2 = module.exports = function(config) {
      EventEmitter.call(this);
      config = config || {};
      this._Promise = config.Promise || global.Promise;
      this._types = new TypeOverrides2(config.types);
      this.native = new Native({
        types: this._types
      });
      this._queryQueue = [];
      this._ending = false;
      this._connecting = false;
      this._connected = false;
      this._queryable = true;
      this.pipeline = Boolean(config.pipeline);
      this._pipelineInFlight = false;
      const cp = this.connectionParameters = new ConnectionParameters(config);
      if (config.nativeConnectionString) cp.nativeConnectionString = config.nativeConnectionString;
      this.user = cp.user;
      Object.defineProperty(this, "password", {
        configurable: true,
        enumerable: false,
        writable: true,
        value: cp.password
      });
      this.database = cp.database;
      this.host = cp.host;
      this.port = cp.port;
      this.namedQueries = {};
    };
    Client2.Query = NativeQuery;
    util.inherits(Client2, EventEmitter);
    Client2.prototype._errorAllQueries = function(err) {
      const enqueueError = (query) => {
        process.nextTick(() => {
          query.native = this.native;
          query.handleError(err);
        });
      };
      if (this._hasActiveQuery()) {
        enqueueError(this._activeQuery);
        this._activeQuery = null;
      }
      this._queryQueue.forEach(enqueueError);
      this._queryQueue.length = 0;
    };
    Client2.prototype._connect = function(cb) {
      const self2 = this;
      if (this._connecting) {
        process.nextTick(() => cb(new Error("Client has already been connected. You cannot reuse a client.")));
        return;
      }
      this._connecting = true;
      this.connectionParameters.getLibpqConnectionString(function(err, conString) {
        if (self2.connectionParameters.nativeConnectionString) conString = self2.connectionParameters.nativeConnectionString;
        if (err) return cb(err);
        self2.native.connect(conString, function(err2) {
          if (err2) {
            self2.native.end();
            return cb(err2);
          }
          self2._connected = true;
          self2.native.on("error", function(err3) {
            self2._queryable = false;
            self2._errorAllQueries(err3);
            self2.emit("error", err3);
          });
          self2.native.on("notification", function(msg) {
            self2.emit("notification", {
              channel: msg.relname,
              payload: msg.extra
            });
          });
          self2.emit("connect");
          self2._pulseQueryQueue(true);
          cb(null, this);
        });
      });
    };
    Client2.prototype.connect = function(callback) {
      if (callback) {
        this._connect(callback);
        return;
      }
      return new this._Promise((resolve, reject) => {
        this._connect((error) => {
          if (error) {
            reject(error);
          } else {
            resolve(this);
          }
        });
      });
    };
    Client2.prototype.query = function(config, values, callback) {
      let query;
      let result;
      let readTimeout;
      let readTimeoutTimer;
      let queryCallback;
      if (config === null || config === void 0) {
        throw new TypeError("Client was passed a null or undefined query");
      } else if (typeof config.submit === "function") {
        readTimeout = config.query_timeout || this.connectionParameters.query_timeout;
        result = query = config;
        if (typeof values === "function") {
          config.callback = values;
        }
      } else {
        readTimeout = config.query_timeout || this.connectionParameters.query_timeout;
        query = new NativeQuery(config, values, callback);
        if (!query.callback) {
          let resolveOut, rejectOut;
          result = new this._Promise((resolve, reject) => {
            resolveOut = resolve;
            rejectOut = reject;
          }).catch((err) => {
            Error.captureStackTrace(err);
            throw err;
          });
          query.callback = (err, res) => err ? rejectOut(err) : resolveOut(res);
        }
      }
      if (readTimeout) {
        queryCallback = query.callback || (() => {
        });
        readTimeoutTimer = setTimeout(() => {
          const error = new Error("Query read timeout");
          process.nextTick(() => {
            query.handleError(error, this.connection);
          });
          queryCallback(error);
          query.callback = () => {
          };
          const index = this._queryQueue.indexOf(query);
          if (index > -1) {
            this._queryQueue.splice(index, 1);
          }
          this._pulseQueryQueue();
        }, readTimeout);
        query.callback = (err, res) => {
          clearTimeout(readTimeoutTimer);
          queryCallback(err, res);
        };
      }
      if (!this._queryable) {
        query.native = this.native;
        process.nextTick(() => {
          query.handleError(new Error("Client has encountered a connection error and is not queryable"));
        });
        return result;
      }
      if (this._ending) {
        query.native = this.native;
        process.nextTick(() => {
          query.handleError(new Error("Client was closed and is not queryable"));
        });
        return result;
      }
      if (this._queryQueue.length > 0 && !this.pipeline) {
        queryQueueLengthDeprecationNotice();
      }
      this._queryQueue.push(query);
      this._pulseQueryQueue();
      return result;
    };
    Client2.prototype.end = function(cb) {
      const self2 = this;
      this._ending = true;
      if (this._connecting && !this._connected) {
        this.once("connect", () => {
          this.end(() => {
          });
        });
      }
      let result;
      if (!cb) {
        result = new this._Promise(function(resolve, reject) {
          cb = (err) => err ? reject(err) : resolve();
        });
      }
      const doEnd = function() {
        self2.native.end(function() {
          self2._connected = false;
          self2._errorAllQueries(new Error("Connection terminated"));
          process.nextTick(() => {
            self2.emit("end");
            if (cb) cb();
          });
        });
      };
      if (this.pipeline && (this._pipelineInFlight || this._queryQueue.length > 0)) {
        this.once("drain", doEnd);
      } else {
        doEnd();
      }
      return result;
    };
    Client2.prototype._hasActiveQuery = function() {
      return this._activeQuery && this._activeQuery.state !== "error" && this._activeQuery.state !== "end";
    };
    Client2.prototype._pulseQueryQueue = function(initialConnection) {
      if (!this._connected) {
        return;
      }
      if (this.pipeline && !initialConnection) {
        return this._pulsePipelinedQueryQueue();
      }
      if (this._hasActiveQuery()) {
        return;
      }
      const query = this._queryQueue.shift();
      if (!query) {
        if (!initialConnection) {
          this.emit("drain");
        }
        return;
      }
      this._activeQuery = query;
      query.submit(this);
      const self2 = this;
      query.once("_done", function() {
        self2._pulseQueryQueue();
      });
    };
    Client2.prototype._pulsePipelinedQueryQueue = function() {
      if (!this._connected || this._pipelineInFlight) {
        return;
      }
      if (this._queryQueue.length === 0) {
        if (this.hasExecuted) {
          this.emit("drain");
        }
        return;
      }
      this._pipelineInFlight = true;
      const self2 = this;
      const queries = [];
      const nativeQueries = [];
      const utils = require_utils();
      while (this._queryQueue.length > 0) {
        const query = this._queryQueue.shift();
        this.hasExecuted = true;
        nativeQueries.push(query);
        const values = query.values ? query.values.map(utils.prepareValue) : null;
        const pipelineEntry = { text: query.text, name: query.name, arrayMode: query._arrayMode };
        if (values) {
          pipelineEntry.values = values;
        }
        if (query.name && this.namedQueries[query.name]) {
          pipelineEntry._alreadyPrepared = true;
        }
        queries.push(pipelineEntry);
      }
      this.native.pipeline(queries, function(err, results) {
        self2._pipelineInFlight = false;
        if (err) {
          self2._connected = false;
          self2._queryable = false;
          for (let i = 0; i < nativeQueries.length; i++) {
            const q3 = nativeQueries[i];
            q3.native = self2.native;
            q3.handleError(err);
          }
          self2._errorAllQueries(err);
          self2.emit("error", err);
          self2.emit("end");
          return;
        }
        for (let i = 0; i < nativeQueries.length; i++) {
          const q3 = nativeQueries[i];
          const r = results[i];
          q3.native = self2.native;
          if (r.err) {
            q3.handleError(r.err);
          } else {
            if (q3.name) {
              self2.namedQueries[q3.name] = q3.text;
            }
            q3.state = "end";
            q3.emit("end", r.result);
            if (q3.callback) {
              q3.callback(null, r.result);
            }
          }
          setImmediate(function() {
            q3.emit("_done");
          });
        }
        self2._pulsePipelinedQueryQueue();
      });
    };
    Client2.prototype.cancel = function(query) {
      if (this._activeQuery === query) {
        this.native.cancel(function() {
        });
      } else if (this._queryQueue.indexOf(query) !== -1) {
        this._queryQueue.splice(this._queryQueue.indexOf(query), 1);
      }
    };
    Client2.prototype.ref = function() {
    };
    Client2.prototype.unref = function() {
    };
    Client2.prototype.setTypeParser = function(oid, format, parseFn) {
      return this._types.setTypeParser(oid, format, parseFn);
    };
    Client2.prototype.getTypeParser = function(oid, format) {
      return this._types.getTypeParser(oid, format);
    };
    Client2.prototype.isConnected = function() {
      return this._connected;
    };
    Client2.prototype.getTransactionStatus = function() {
      return this.native.getTransactionStatus();
    };
  }
});

// node_modules/pg/lib/native/index.js
var require_native = __commonJS({
  "node_modules/pg/lib/native/index.js"(exports, module) {
    "use strict";
    module.exports = require_client2();
  }
});

// node_modules/pg/lib/index.js
var require_lib2 = __commonJS({
  "node_modules/pg/lib/index.js"(exports, module) {
    "use strict";
    var Client2 = require_client();
    var defaults2 = require_defaults();
    var Connection2 = require_connection();
    var Result2 = require_result();
    var utils = require_utils();
    var Pool2 = require_pg_pool();
    var TypeOverrides2 = require_type_overrides();
    var { DatabaseError: DatabaseError2 } = require_dist();
    var { escapeIdentifier: escapeIdentifier2, escapeLiteral: escapeLiteral2 } = require_utils();
    var poolFactory = (Client3) => {
      return class BoundPool extends Pool2 {
        constructor(options) {
          super(options, Client3);
        }
      };
    };
    var PG = function(clientConstructor2) {
      this.defaults = defaults2;
      this.Client = clientConstructor2;
      this.Query = this.Client.Query;
      this.Pool = poolFactory(this.Client);
      this._pools = [];
      this.Connection = Connection2;
      this.types = require_pg_types();
      this.DatabaseError = DatabaseError2;
      this.TypeOverrides = TypeOverrides2;
      this.escapeIdentifier = escapeIdentifier2;
      this.escapeLiteral = escapeLiteral2;
      this.Result = Result2;
      this.utils = utils;
    };
    var clientConstructor = Client2;
    var forceNative = false;
    try {
      forceNative = !!process.env.NODE_PG_FORCE_NATIVE;
    } catch {
    }
    if (forceNative) {
      clientConstructor = require_native();
    }
    module.exports = new PG(clientConstructor);
    Object.defineProperty(module.exports, "native", {
      configurable: true,
      enumerable: false,
      get() {
        let native = null;
        try {
          native = new PG(require_native());
        } catch (err) {
          if (err.code !== "MODULE_NOT_FOUND") {
            throw err;
          }
        }
        Object.defineProperty(module.exports, "native", {
          value: native
        });
        return native;
      }
    });
  }
});

// node_modules/pg/esm/index.mjs
var esm_exports = {};
__export(esm_exports, {
  Client: () => Client,
  Connection: () => Connection,
  DatabaseError: () => DatabaseError,
  Pool: () => Pool,
  Query: () => Query,
  Result: () => Result,
  TypeOverrides: () => TypeOverrides,
  default: () => esm_default,
  defaults: () => defaults,
  escapeIdentifier: () => escapeIdentifier,
  escapeLiteral: () => escapeLiteral,
  types: () => types
});
var import_lib, Client, Pool, Connection, types, Query, DatabaseError, escapeIdentifier, escapeLiteral, Result, TypeOverrides, defaults, esm_default;
var init_esm = __esm({
  "node_modules/pg/esm/index.mjs"() {
    import_lib = __toESM(require_lib2(), 1);
    Client = import_lib.default.Client;
    Pool = import_lib.default.Pool;
    Connection = import_lib.default.Connection;
    types = import_lib.default.types;
    Query = import_lib.default.Query;
    DatabaseError = import_lib.default.DatabaseError;
    escapeIdentifier = import_lib.default.escapeIdentifier;
    escapeLiteral = import_lib.default.escapeLiteral;
    Result = import_lib.default.Result;
    TypeOverrides = import_lib.default.TypeOverrides;
    defaults = import_lib.default.defaults;
    esm_default = import_lib.default;
  }
});

// node_modules/@pgsql/quotes/kwlist.js
var require_kwlist = __commonJS({
  "node_modules/@pgsql/quotes/kwlist.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.TYPE_FUNC_NAME_KEYWORDS = exports.COL_NAME_KEYWORDS = exports.UNRESERVED_KEYWORDS = exports.RESERVED_KEYWORDS = exports.kwlist = void 0;
    exports.keywordKindOf = keywordKindOf;
    exports.kwlist = {
      UNRESERVED_KEYWORD: [
        "abort",
        "absent",
        "absolute",
        "access",
        "action",
        "add",
        "admin",
        "after",
        "aggregate",
        "also",
        "alter",
        "always",
        "asensitive",
        "assertion",
        "assignment",
        "at",
        "atomic",
        "attach",
        "attribute",
        "backward",
        "before",
        "begin",
        "breadth",
        "by",
        "cache",
        "call",
        "called",
        "cascade",
        "cascaded",
        "catalog",
        "chain",
        "characteristics",
        "checkpoint",
        "class",
        "close",
        "cluster",
        "columns",
        "comment",
        "comments",
        "commit",
        "committed",
        "compression",
        "conditional",
        "configuration",
        "conflict",
        "connection",
        "constraints",
        "content",
        "continue",
        "conversion",
        "copy",
        "cost",
        "csv",
        "cube",
        "current",
        "cursor",
        "cycle",
        "data",
        "database",
        "day",
        "deallocate",
        "declare",
        "defaults",
        "deferred",
        "definer",
        "delete",
        "delimiter",
        "delimiters",
        "depends",
        "depth",
        "detach",
        "dictionary",
        "disable",
        "discard",
        "document",
        "domain",
        "double",
        "drop",
        "each",
        "empty",
        "enable",
        "encoding",
        "encrypted",
        "enforced",
        "enum",
        "error",
        "escape",
        "event",
        "exclude",
        "excluding",
        "exclusive",
        "execute",
        "explain",
        "expression",
        "extension",
        "external",
        "family",
        "filter",
        "finalize",
        "first",
        "following",
        "force",
        "format",
        "forward",
        "function",
        "functions",
        "generated",
        "global",
        "granted",
        "groups",
        "handler",
        "header",
        "hold",
        "hour",
        "identity",
        "if",
        "immediate",
        "immutable",
        "implicit",
        "import",
        "include",
        "including",
        "increment",
        "indent",
        "index",
        "indexes",
        "inherit",
        "inherits",
        "inline",
        "input",
        "insensitive",
        "insert",
        "instead",
        "invoker",
        "isolation",
        "keep",
        "key",
        "keys",
        "label",
        "language",
        "large",
        "last",
        "leakproof",
        "level",
        "listen",
        "load",
        "local",
        "location",
        "lock",
        "locked",
        "logged",
        "mapping",
        "match",
        "matched",
        "materialized",
        "maxvalue",
        "merge",
        "method",
        "minute",
        "minvalue",
        "mode",
        "month",
        "move",
        "name",
        "names",
        "nested",
        "new",
        "next",
        "nfc",
        "nfd",
        "nfkc",
        "nfkd",
        "no",
        "normalized",
        "nothing",
        "notify",
        "nowait",
        "nulls",
        "object",
        "objects",
        "of",
        "off",
        "oids",
        "old",
        "omit",
        "operator",
        "option",
        "options",
        "ordinality",
        "others",
        "over",
        "overriding",
        "owned",
        "owner",
        "parallel",
        "parameter",
        "parser",
        "partial",
        "partition",
        "passing",
        "password",
        "path",
        "period",
        "plan",
        "plans",
        "policy",
        "preceding",
        "prepare",
        "prepared",
        "preserve",
        "prior",
        "privileges",
        "procedural",
        "procedure",
        "procedures",
        "program",
        "publication",
        "quote",
        "quotes",
        "range",
        "read",
        "reassign",
        "recursive",
        "ref",
        "referencing",
        "refresh",
        "reindex",
        "relative",
        "release",
        "rename",
        "repeatable",
        "replace",
        "replica",
        "reset",
        "restart",
        "restrict",
        "return",
        "returns",
        "revoke",
        "role",
        "rollback",
        "rollup",
        "routine",
        "routines",
        "rows",
        "rule",
        "savepoint",
        "scalar",
        "schema",
        "schemas",
        "scroll",
        "search",
        "second",
        "security",
        "sequence",
        "sequences",
        "serializable",
        "server",
        "session",
        "set",
        "sets",
        "share",
        "show",
        "simple",
        "skip",
        "snapshot",
        "source",
        "sql",
        "stable",
        "standalone",
        "start",
        "statement",
        "statistics",
        "stdin",
        "stdout",
        "storage",
        "stored",
        "strict",
        "string",
        "strip",
        "subscription",
        "support",
        "sysid",
        "system",
        "tables",
        "tablespace",
        "target",
        "temp",
        "template",
        "temporary",
        "text",
        "ties",
        "transaction",
        "transform",
        "trigger",
        "truncate",
        "trusted",
        "type",
        "types",
        "uescape",
        "unbounded",
        "uncommitted",
        "unconditional",
        "unencrypted",
        "unknown",
        "unlisten",
        "unlogged",
        "until",
        "update",
        "vacuum",
        "valid",
        "validate",
        "validator",
        "value",
        "varying",
        "version",
        "view",
        "views",
        "virtual",
        "volatile",
        "whitespace",
        "within",
        "without",
        "work",
        "wrapper",
        "write",
        "xml",
        "year",
        "yes",
        "zone"
      ],
      RESERVED_KEYWORD: [
        "all",
        "analyse",
        "analyze",
        "and",
        "any",
        "array",
        "as",
        "asc",
        "asymmetric",
        "both",
        "case",
        "cast",
        "check",
        "collate",
        "column",
        "constraint",
        "create",
        "current_catalog",
        "current_date",
        "current_role",
        "current_time",
        "current_timestamp",
        "current_user",
        "default",
        "deferrable",
        "desc",
        "distinct",
        "do",
        "else",
        "end",
        "except",
        "false",
        "fetch",
        "for",
        "foreign",
        "from",
        "grant",
        "group",
        "having",
        "in",
        "initially",
        "intersect",
        "into",
        "lateral",
        "leading",
        "limit",
        "localtime",
        "localtimestamp",
        "not",
        "null",
        "offset",
        "on",
        "only",
        "or",
        "order",
        "placing",
        "primary",
        "references",
        "returning",
        "select",
        "session_user",
        "some",
        "symmetric",
        "system_user",
        "table",
        "then",
        "to",
        "trailing",
        "true",
        "union",
        "unique",
        "user",
        "using",
        "variadic",
        "when",
        "where",
        "window",
        "with"
      ],
      TYPE_FUNC_NAME_KEYWORD: [
        "authorization",
        "binary",
        "collation",
        "concurrently",
        "cross",
        "current_schema",
        "freeze",
        "full",
        "ilike",
        "inner",
        "is",
        "isnull",
        "join",
        "left",
        "like",
        "natural",
        "notnull",
        "outer",
        "overlaps",
        "right",
        "similar",
        "tablesample",
        "verbose"
      ],
      COL_NAME_KEYWORD: [
        "between",
        "bigint",
        "bit",
        "boolean",
        "char",
        "character",
        "coalesce",
        "dec",
        "decimal",
        "exists",
        "extract",
        "float",
        "greatest",
        "grouping",
        "inout",
        "int",
        "integer",
        "interval",
        "json",
        "json_array",
        "json_arrayagg",
        "json_exists",
        "json_object",
        "json_objectagg",
        "json_query",
        "json_scalar",
        "json_serialize",
        "json_table",
        "json_value",
        "least",
        "merge_action",
        "national",
        "nchar",
        "none",
        "normalize",
        "nullif",
        "numeric",
        "out",
        "overlay",
        "position",
        "precision",
        "real",
        "row",
        "setof",
        "smallint",
        "substring",
        "time",
        "timestamp",
        "treat",
        "trim",
        "values",
        "varchar",
        "xmlattributes",
        "xmlconcat",
        "xmlelement",
        "xmlexists",
        "xmlforest",
        "xmlnamespaces",
        "xmlparse",
        "xmlpi",
        "xmlroot",
        "xmlserialize",
        "xmltable"
      ]
    };
    exports.RESERVED_KEYWORDS = new Set(exports.kwlist.RESERVED_KEYWORD ?? []);
    exports.UNRESERVED_KEYWORDS = new Set(exports.kwlist.UNRESERVED_KEYWORD ?? []);
    exports.COL_NAME_KEYWORDS = new Set(exports.kwlist.COL_NAME_KEYWORD ?? []);
    exports.TYPE_FUNC_NAME_KEYWORDS = new Set(exports.kwlist.TYPE_FUNC_NAME_KEYWORD ?? []);
    function keywordKindOf(word) {
      const w = word.toLowerCase();
      if (exports.RESERVED_KEYWORDS.has(w))
        return "RESERVED_KEYWORD";
      if (exports.TYPE_FUNC_NAME_KEYWORDS.has(w))
        return "TYPE_FUNC_NAME_KEYWORD";
      if (exports.COL_NAME_KEYWORDS.has(w))
        return "COL_NAME_KEYWORD";
      if (exports.UNRESERVED_KEYWORDS.has(w))
        return "UNRESERVED_KEYWORD";
      return "NO_KEYWORD";
    }
  }
});

// node_modules/@pgsql/quotes/quote-utils.js
var require_quote_utils = __commonJS({
  "node_modules/@pgsql/quotes/quote-utils.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.QuoteUtils = void 0;
    var kwlist_1 = require_kwlist();
    var QuoteUtils4 = class _QuoteUtils {
      static escape(literal) {
        return `'${literal.replace(/'/g, "''")}'`;
      }
      /**
       * Escapes a string value for use in E-prefixed string literals
       * Handles both backslashes and single quotes properly
       */
      static escapeEString(value) {
        return value.replace(/\\/g, "\\\\").replace(/'/g, "''");
      }
      /**
       * Formats a string as an E-prefixed string literal with proper escaping
       * This wraps the complete E-prefix logic including detection and formatting
       */
      static formatEString(value) {
        const needsEscape = _QuoteUtils.needsEscapePrefix(value);
        if (needsEscape) {
          const escapedValue = _QuoteUtils.escapeEString(value);
          return `E'${escapedValue}'`;
        } else {
          return _QuoteUtils.escape(value);
        }
      }
      /**
       * Determines if a string value needs E-prefix for escaped string literals
       * Detects backslash escape sequences that require E-prefix in PostgreSQL
       */
      static needsEscapePrefix(value) {
        return !/^\\x[0-9a-fA-F]+$/i.test(value) && value.includes("\\");
      }
      /**
       * Quote an identifier only if needed
       *
       * This is a TypeScript port of PostgreSQL's quote_identifier() function from ruleutils.c
       * https://github.com/postgres/postgres/blob/fab5cd3dd1323f9e66efeb676c4bb212ff340204/src/backend/utils/adt/ruleutils.c#L13055-L13137
       *
       * Can avoid quoting if ident starts with a lowercase letter or underscore
       * and contains only lowercase letters, digits, and underscores, *and* is
       * not any SQL keyword. Otherwise, supply quotes.
       *
       * When quotes are needed, embedded double quotes are properly escaped as "".
       */
      static quoteIdentifier(ident2) {
        if (!ident2)
          return ident2;
        let safe = true;
        const firstChar = ident2[0];
        if (!(firstChar >= "a" && firstChar <= "z" || firstChar === "_")) {
          safe = false;
        }
        for (let i = 0; i < ident2.length; i++) {
          const ch = ident2[i];
          if (ch >= "a" && ch <= "z" || ch >= "0" && ch <= "9" || ch === "_") {
          } else {
            safe = false;
          }
        }
        if (safe) {
          const kwKind = (0, kwlist_1.keywordKindOf)(ident2);
          if (kwKind !== "NO_KEYWORD" && kwKind !== "UNRESERVED_KEYWORD") {
            safe = false;
          }
        }
        if (safe) {
          return ident2;
        }
        let result = '"';
        for (let i = 0; i < ident2.length; i++) {
          const ch = ident2[i];
          if (ch === '"') {
            result += '"';
          }
          result += ch;
        }
        result += '"';
        return result;
      }
      /**
       * Quote an identifier that appears after a dot in a qualified name.
       *
       * In PostgreSQL's grammar, identifiers that appear after a dot (e.g., schema.name,
       * table.column) are in a more permissive position that accepts all keyword categories
       * including RESERVED_KEYWORD. This means we only need to quote for lexical reasons
       * (uppercase, special characters, leading digits) not for keyword reasons.
       *
       * Empirically verified: `myschema.select`, `myschema.float`, `t.from` all parse
       * successfully in PostgreSQL without quotes.
       */
      static quoteIdentifierAfterDot(ident2) {
        if (!ident2)
          return ident2;
        let safe = true;
        const firstChar = ident2[0];
        if (!(firstChar >= "a" && firstChar <= "z" || firstChar === "_")) {
          safe = false;
        }
        for (let i = 0; i < ident2.length; i++) {
          const ch = ident2[i];
          if (ch >= "a" && ch <= "z" || ch >= "0" && ch <= "9" || ch === "_") {
          } else {
            safe = false;
          }
        }
        if (safe) {
          return ident2;
        }
        let result = '"';
        for (let i = 0; i < ident2.length; i++) {
          const ch = ident2[i];
          if (ch === '"') {
            result += '"';
          }
          result += ch;
        }
        result += '"';
        return result;
      }
      /**
       * Quote a dotted name (e.g., schema.table, catalog.schema.table).
       *
       * The first part uses strict quoting (keywords are quoted), while subsequent
       * parts use relaxed quoting (keywords allowed, only quote for lexical reasons).
       *
       * This reflects PostgreSQL's grammar where the first identifier in a statement
       * may conflict with keywords, but identifiers after a dot are in a more
       * permissive position.
       */
      static quoteDottedName(parts) {
        if (!parts || parts.length === 0)
          return "";
        if (parts.length === 1) {
          return _QuoteUtils.quoteIdentifier(parts[0]);
        }
        return parts.map((part, index) => index === 0 ? _QuoteUtils.quoteIdentifier(part) : _QuoteUtils.quoteIdentifierAfterDot(part)).join(".");
      }
      /**
       * Quote a possibly-qualified identifier
       *
       * This is inspired by PostgreSQL's quote_qualified_identifier() function from ruleutils.c
       * but uses relaxed quoting for the tail component since PostgreSQL's grammar accepts
       * all keywords in qualified name positions.
       *
       * Return a name of the form qualifier.ident, or just ident if qualifier
       * is null/undefined, quoting each component if necessary.
       */
      static quoteQualifiedIdentifier(qualifier, ident2) {
        if (qualifier) {
          return `${_QuoteUtils.quoteIdentifier(qualifier)}.${_QuoteUtils.quoteIdentifierAfterDot(ident2)}`;
        }
        return _QuoteUtils.quoteIdentifier(ident2);
      }
      /**
       * Quote an identifier that appears as a type name.
       *
       * Type names in PostgreSQL have a less strict quoting policy than standalone identifiers.
       * In type positions, COL_NAME_KEYWORD and TYPE_FUNC_NAME_KEYWORD are allowed unquoted
       * (e.g., 'json', 'int', 'boolean', 'interval'). Only RESERVED_KEYWORD must be quoted.
       *
       * This is different from:
       * - quoteIdentifier(): quotes all keywords except UNRESERVED_KEYWORD
       * - quoteIdentifierAfterDot(): only quotes for lexical reasons (no keyword checking)
       *
       * Type names still need quoting for lexical reasons (uppercase, special chars, etc.).
       */
      static quoteIdentifierTypeName(ident2) {
        if (!ident2)
          return ident2;
        let safe = true;
        const firstChar = ident2[0];
        if (!(firstChar >= "a" && firstChar <= "z" || firstChar === "_")) {
          safe = false;
        }
        for (let i = 0; i < ident2.length; i++) {
          const ch = ident2[i];
          if (ch >= "a" && ch <= "z" || ch >= "0" && ch <= "9" || ch === "_") {
          } else {
            safe = false;
          }
        }
        if (safe) {
          const kwKind = (0, kwlist_1.keywordKindOf)(ident2);
          if (kwKind === "RESERVED_KEYWORD") {
            safe = false;
          }
        }
        if (safe) {
          return ident2;
        }
        let result = '"';
        for (let i = 0; i < ident2.length; i++) {
          const ch = ident2[i];
          if (ch === '"') {
            result += '"';
          }
          result += ch;
        }
        result += '"';
        return result;
      }
      /**
       * Quote a dotted type name (e.g., schema.typename).
       *
       * For type names, we use type-name quoting for all parts since the entire
       * qualified name is in a type context. This allows keywords like 'json',
       * 'int', 'boolean' to remain unquoted in user-defined schema-qualified types.
       */
      static quoteTypeDottedName(parts) {
        if (!parts || parts.length === 0)
          return "";
        return parts.map((part) => _QuoteUtils.quoteIdentifierTypeName(part)).join(".");
      }
    };
    exports.QuoteUtils = QuoteUtils4;
  }
});

// node_modules/@pgsql/quotes/index.js
var require_quotes = __commonJS({
  "node_modules/@pgsql/quotes/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.QuoteUtils = exports.UNRESERVED_KEYWORDS = exports.TYPE_FUNC_NAME_KEYWORDS = exports.RESERVED_KEYWORDS = exports.kwlist = exports.keywordKindOf = exports.COL_NAME_KEYWORDS = void 0;
    var kwlist_1 = require_kwlist();
    Object.defineProperty(exports, "COL_NAME_KEYWORDS", { enumerable: true, get: function() {
      return kwlist_1.COL_NAME_KEYWORDS;
    } });
    Object.defineProperty(exports, "keywordKindOf", { enumerable: true, get: function() {
      return kwlist_1.keywordKindOf;
    } });
    Object.defineProperty(exports, "kwlist", { enumerable: true, get: function() {
      return kwlist_1.kwlist;
    } });
    Object.defineProperty(exports, "RESERVED_KEYWORDS", { enumerable: true, get: function() {
      return kwlist_1.RESERVED_KEYWORDS;
    } });
    Object.defineProperty(exports, "TYPE_FUNC_NAME_KEYWORDS", { enumerable: true, get: function() {
      return kwlist_1.TYPE_FUNC_NAME_KEYWORDS;
    } });
    Object.defineProperty(exports, "UNRESERVED_KEYWORDS", { enumerable: true, get: function() {
      return kwlist_1.UNRESERVED_KEYWORDS;
    } });
    var quote_utils_1 = require_quote_utils();
    Object.defineProperty(exports, "QuoteUtils", { enumerable: true, get: function() {
      return quote_utils_1.QuoteUtils;
    } });
  }
});

// node_modules/pgsql-deparser/utils/list-utils.js
var require_list_utils = __commonJS({
  "node_modules/pgsql-deparser/utils/list-utils.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ListUtils = void 0;
    var ListUtils = class {
      static unwrapList(obj) {
        if (obj === void 0 || obj === null) {
          return [];
        }
        if (obj.List !== void 0) {
          return obj.List.items || [];
        }
        if (Array.isArray(obj)) {
          return obj;
        }
        return [obj];
      }
      static formatList(items, separator = ", ", prefix = "", formatter) {
        if (!items || items.length === 0) {
          return "";
        }
        return items.map((item) => `${prefix}${formatter(item)}`).join(separator);
      }
    };
    exports.ListUtils = ListUtils;
  }
});

// node_modules/pgsql-deparser/utils/sql-formatter.js
var require_sql_formatter = __commonJS({
  "node_modules/pgsql-deparser/utils/sql-formatter.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SqlFormatter = void 0;
    var SqlFormatter = class {
      newlineChar;
      tabChar;
      prettyMode;
      constructor(newlineChar = "\n", tabChar = "  ", prettyMode = true) {
        this.newlineChar = newlineChar;
        this.tabChar = tabChar;
        this.prettyMode = prettyMode;
      }
      format(parts, separator = " ") {
        return parts.filter((part) => part !== null && part !== void 0 && part !== "").join(separator);
      }
      indent(text, count = 1) {
        if (!this.prettyMode) {
          return text;
        }
        const indentation = this.tabChar.repeat(count);
        return text.split(this.newlineChar).map((line) => line.trim() ? indentation + line : line).join(this.newlineChar);
      }
      parens(content) {
        return `(${content})`;
      }
      newline() {
        return this.newlineChar;
      }
      tab() {
        return this.tabChar;
      }
      isPretty() {
        return this.prettyMode;
      }
    };
    exports.SqlFormatter = SqlFormatter;
  }
});

// node_modules/pgsql-deparser/visitors/base.js
var require_base = __commonJS({
  "node_modules/pgsql-deparser/visitors/base.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.BaseVisitor = exports.DeparserContext = void 0;
    var sql_formatter_1 = require_sql_formatter();
    var DeparserContext = class _DeparserContext {
      indentLevel;
      prettyMode;
      isStringLiteral;
      parentNodeTypes;
      formatter;
      select;
      from;
      group;
      sort;
      insertColumns;
      update;
      bool;
      isColumnConstraint;
      isDomainConstraint;
      alterColumnOptions;
      alterTableOptions;
      isEnumValue;
      objtype;
      subtype;
      constructor({ indentLevel = 0, prettyMode = true, isStringLiteral, parentNodeTypes = [], formatter, select, from, group, sort, insertColumns, update, bool, isColumnConstraint, isDomainConstraint, alterColumnOptions, alterTableOptions, isEnumValue, objtype, subtype, ...rest } = {}) {
        this.indentLevel = indentLevel;
        this.prettyMode = prettyMode;
        this.isStringLiteral = isStringLiteral;
        this.parentNodeTypes = parentNodeTypes;
        this.formatter = formatter || new sql_formatter_1.SqlFormatter("\n", "  ", prettyMode);
        this.select = select;
        this.from = from;
        this.group = group;
        this.sort = sort;
        this.insertColumns = insertColumns;
        this.update = update;
        this.bool = bool;
        this.isColumnConstraint = isColumnConstraint;
        this.isDomainConstraint = isDomainConstraint;
        this.alterColumnOptions = alterColumnOptions;
        this.alterTableOptions = alterTableOptions;
        this.isEnumValue = isEnumValue;
        this.objtype = objtype;
        this.subtype = subtype;
        Object.assign(this, rest);
      }
      spawn(nodeType, overrides = {}) {
        return new _DeparserContext({
          indentLevel: this.indentLevel,
          prettyMode: this.prettyMode,
          isStringLiteral: this.isStringLiteral,
          parentNodeTypes: [...this.parentNodeTypes, nodeType],
          formatter: this.formatter,
          select: this.select,
          from: this.from,
          group: this.group,
          sort: this.sort,
          insertColumns: this.insertColumns,
          update: this.update,
          bool: this.bool,
          isColumnConstraint: this.isColumnConstraint,
          isDomainConstraint: this.isDomainConstraint,
          alterColumnOptions: this.alterColumnOptions,
          alterTableOptions: this.alterTableOptions,
          isEnumValue: this.isEnumValue,
          objtype: this.objtype,
          subtype: this.subtype,
          ...overrides
        });
      }
      indent(text, count) {
        if (!this.prettyMode) {
          return text;
        }
        const indentCount = count !== void 0 ? count : this.indentLevel + 1;
        return this.formatter.indent(text, indentCount);
      }
      newline() {
        return this.formatter.newline();
      }
      parens(content) {
        return this.formatter.parens(content);
      }
      format(parts, separator) {
        return this.formatter.format(parts, separator);
      }
      isPretty() {
        return this.formatter.isPretty();
      }
    };
    exports.DeparserContext = DeparserContext;
    var BaseVisitor = class {
      getNodeType(node) {
        return Object.keys(node)[0];
      }
      getNodeData(node) {
        const type = this.getNodeType(node);
        return node[type];
      }
      formatList(items, separator = ", ", prefix = "", formatter) {
        if (!items || items.length === 0) {
          return "";
        }
        return items.map((item) => `${prefix}${formatter(item)}`).join(separator);
      }
      formatParts(parts, separator = " ") {
        return parts.filter((part) => part !== null && part !== void 0 && part !== "").join(separator);
      }
      formatParens(content) {
        return `(${content})`;
      }
      formatIndent(text, count = 1) {
        return text;
      }
    };
    exports.BaseVisitor = BaseVisitor;
  }
});

// node_modules/pgsql-deparser/deparser.js
var require_deparser = __commonJS({
  "node_modules/pgsql-deparser/deparser.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Deparser = void 0;
    var quotes_1 = require_quotes();
    var list_utils_1 = require_list_utils();
    var sql_formatter_1 = require_sql_formatter();
    var base_1 = require_base();
    var FRAMEOPTION_NONDEFAULT = 1;
    var FRAMEOPTION_RANGE = 2;
    var FRAMEOPTION_ROWS = 4;
    var FRAMEOPTION_GROUPS = 8;
    var FRAMEOPTION_BETWEEN = 16;
    var FRAMEOPTION_START_UNBOUNDED_PRECEDING = 32;
    var FRAMEOPTION_END_UNBOUNDED_PRECEDING = 64;
    var FRAMEOPTION_START_UNBOUNDED_FOLLOWING = 128;
    var FRAMEOPTION_END_UNBOUNDED_FOLLOWING = 256;
    var FRAMEOPTION_START_CURRENT_ROW = 512;
    var FRAMEOPTION_END_CURRENT_ROW = 1024;
    var FRAMEOPTION_START_OFFSET_PRECEDING = 2048;
    var FRAMEOPTION_END_OFFSET_PRECEDING = 4096;
    var FRAMEOPTION_START_OFFSET_FOLLOWING = 8192;
    var FRAMEOPTION_END_OFFSET_FOLLOWING = 16384;
    var FRAMEOPTION_EXCLUDE_CURRENT_ROW = 32768;
    var FRAMEOPTION_EXCLUDE_GROUP = 65536;
    var FRAMEOPTION_EXCLUDE_TIES = 131072;
    var pgCatalogTypes = [
      // Integers
      "int2",
      // smallint
      "int4",
      // integer
      "int8",
      // bigint
      // Floating-point & numeric
      "float4",
      // real
      "float8",
      // double precision
      "numeric",
      // arbitrary precision (aka "decimal")
      // Text & string
      "varchar",
      // variable-length string
      "char",
      // internal one-byte type (used in special cases)
      "bpchar",
      // blank-padded char(n)
      "text",
      // unlimited string
      "bool",
      // boolean
      // Dates & times
      "date",
      // calendar date
      "time",
      // time without time zone
      "timetz",
      // time with time zone
      "timestamp",
      // timestamp without time zone
      "timestamptz",
      // timestamp with time zone
      "interval",
      // duration
      // Binary & structured
      "bytea",
      // binary data
      "uuid",
      // universally unique identifier
      // JSON & XML
      "json",
      // textual JSON
      "jsonb",
      // binary JSON
      "xml",
      // XML format
      // Money & bitstrings
      "money",
      // currency value
      "bit",
      // fixed-length bit string
      "varbit",
      // variable-length bit string
      // Network types
      "inet",
      // IPv4 or IPv6 address
      "cidr",
      // network address
      "macaddr",
      // MAC address (6 bytes)
      "macaddr8"
      // MAC address (8 bytes)
    ];
    var pgCatalogTypeAliases = [
      ["numeric", ["decimal", "dec"]],
      ["int4", ["int", "integer"]],
      ["float8", ["float"]],
      ["bpchar", ["character"]],
      ["varchar", ["character varying"]]
    ];
    function isParseResult(obj) {
      return obj && typeof obj === "object" && !Array.isArray(obj) && !("ParseResult" in obj) && !("RawStmt" in obj) && // Check if it looks like a ParseResult (has stmts or version)
      ("stmts" in obj || "version" in obj);
    }
    var Deparser = class _Deparser {
      tree;
      options;
      constructor(tree, opts = {}) {
        this.options = {
          functionDelimiter: "$$",
          functionDelimiterFallback: "$EOFCODE$",
          ...opts
        };
        if (isParseResult(tree)) {
          this.tree = [{ ParseResult: tree }];
        } else if (Array.isArray(tree)) {
          this.tree = tree;
        } else {
          this.tree = [tree];
        }
      }
      /**
       * Static method to deparse PostgreSQL AST nodes to SQL
       * @param query - Can be:
       *   - ParseResult from libpg-query (e.g., { version: 170004, stmts: [...] })
       *   - Wrapped ParseResult node (e.g., { ParseResult: {...} })
       *   - Wrapped RawStmt node (e.g., { RawStmt: {...} })
       *   - Array of Nodes
       *   - Single Node (e.g., { SelectStmt: {...} })
       * @param opts - Deparser options for formatting
       * @returns The deparsed SQL string
       */
      static deparse(query, opts = {}) {
        return new _Deparser(query, opts).deparseQuery();
      }
      deparseQuery() {
        const formatter = new sql_formatter_1.SqlFormatter(this.options.newline, this.options.tab, this.options.pretty);
        const context = new base_1.DeparserContext({ formatter, prettyMode: this.options.pretty });
        return this.tree.map((node) => {
          const result = this.deparse(node, context);
          return result || "";
        }).filter((result) => result !== "").join(context.newline() + context.newline());
      }
      /**
       * Get the appropriate function delimiter based on the body content
       * @param body The function body to check
       * @returns The delimiter to use
       */
      getFunctionDelimiter(body) {
        const delimiter = this.options.functionDelimiter || "$$";
        if (body.includes(delimiter)) {
          return this.options.functionDelimiterFallback || "$EOFCODE$";
        }
        return delimiter;
      }
      /**
       * Maps ObjectType enum values to their corresponding SQL keywords
       * Used by AlterOwnerStmt, AlterObjectSchemaStmt, and other statements that need object type keywords
       */
      getObjectTypeKeyword(objectType) {
        switch (objectType) {
          case "OBJECT_TABLE":
            return "TABLE";
          case "OBJECT_VIEW":
            return "VIEW";
          case "OBJECT_INDEX":
            return "INDEX";
          case "OBJECT_SEQUENCE":
            return "SEQUENCE";
          case "OBJECT_FUNCTION":
            return "FUNCTION";
          case "OBJECT_PROCEDURE":
            return "PROCEDURE";
          case "OBJECT_SCHEMA":
            return "SCHEMA";
          case "OBJECT_DATABASE":
            return "DATABASE";
          case "OBJECT_DOMAIN":
            return "DOMAIN";
          case "OBJECT_AGGREGATE":
            return "AGGREGATE";
          case "OBJECT_CONVERSION":
            return "CONVERSION";
          case "OBJECT_LANGUAGE":
            return "LANGUAGE";
          case "OBJECT_OPERATOR":
            return "OPERATOR";
          case "OBJECT_OPFAMILY":
            return "OPERATOR FAMILY";
          case "OBJECT_OPCLASS":
            return "OPERATOR CLASS";
          case "OBJECT_TSDICTIONARY":
            return "TEXT SEARCH DICTIONARY";
          case "OBJECT_TSCONFIGURATION":
            return "TEXT SEARCH CONFIGURATION";
          case "OBJECT_EVENT_TRIGGER":
            return "EVENT TRIGGER";
          case "OBJECT_FDW":
            return "FOREIGN DATA WRAPPER";
          case "OBJECT_FOREIGN_SERVER":
            return "SERVER";
          case "OBJECT_TYPE":
            return "TYPE";
          case "OBJECT_COLLATION":
            return "COLLATION";
          case "OBJECT_PUBLICATION":
            return "PUBLICATION";
          case "OBJECT_ACCESS_METHOD":
            return "ACCESS METHOD";
          case "OBJECT_AMOP":
            return "OPERATOR CLASS";
          case "OBJECT_AMPROC":
            return "OPERATOR CLASS";
          case "OBJECT_ATTRIBUTE":
            return "ATTRIBUTE";
          case "OBJECT_CAST":
            return "CAST";
          case "OBJECT_COLUMN":
            return "COLUMN";
          case "OBJECT_DEFAULT":
            return "DEFAULT";
          case "OBJECT_DEFACL":
            return "DEFAULT PRIVILEGES";
          case "OBJECT_DOMCONSTRAINT":
            return "DOMAIN";
          case "OBJECT_EXTENSION":
            return "EXTENSION";
          case "OBJECT_FOREIGN_TABLE":
            return "FOREIGN TABLE";
          case "OBJECT_LARGEOBJECT":
            return "LARGE OBJECT";
          case "OBJECT_MATVIEW":
            return "MATERIALIZED VIEW";
          case "OBJECT_PARAMETER_ACL":
            return "PARAMETER";
          case "OBJECT_POLICY":
            return "POLICY";
          case "OBJECT_PUBLICATION_NAMESPACE":
            return "PUBLICATION";
          case "OBJECT_PUBLICATION_REL":
            return "PUBLICATION";
          case "OBJECT_ROLE":
            return "ROLE";
          case "OBJECT_ROUTINE":
            return "ROUTINE";
          case "OBJECT_RULE":
            return "RULE";
          case "OBJECT_STATISTIC_EXT":
            return "STATISTICS";
          case "OBJECT_SUBSCRIPTION":
            return "SUBSCRIPTION";
          case "OBJECT_TABCONSTRAINT":
            return "CONSTRAINT";
          case "OBJECT_TABLESPACE":
            return "TABLESPACE";
          case "OBJECT_TRANSFORM":
            return "TRANSFORM";
          case "OBJECT_TRIGGER":
            return "TRIGGER";
          case "OBJECT_TSPARSER":
            return "TEXT SEARCH PARSER";
          case "OBJECT_TSTEMPLATE":
            return "TEXT SEARCH TEMPLATE";
          case "OBJECT_USER_MAPPING":
            return "USER MAPPING";
          default:
            throw new Error(`Unsupported objectType: ${objectType}`);
        }
      }
      deparse(node, context) {
        if (node == null) {
          return null;
        }
        if (!context) {
          const formatter = new sql_formatter_1.SqlFormatter(this.options.newline, this.options.tab, this.options.pretty);
          context = new base_1.DeparserContext({ formatter, prettyMode: this.options.pretty });
        }
        if (typeof node === "number" || node instanceof Number) {
          return node.toString();
        }
        try {
          return this.visit(node, context);
        } catch (error) {
          const nodeType = Object.keys(node)[0];
          throw new Error(`Error deparsing ${nodeType}: ${error.message}`);
        }
      }
      visit(node, context) {
        if (!context) {
          const formatter = new sql_formatter_1.SqlFormatter(this.options.newline, this.options.tab, this.options.pretty);
          context = new base_1.DeparserContext({ formatter, prettyMode: this.options.pretty });
        }
        const nodeType = this.getNodeType(node);
        if (!nodeType) {
          return "";
        }
        const nodeData = this.getNodeData(node);
        const methodName = nodeType;
        if (typeof this[methodName] === "function") {
          const result = this[methodName](nodeData, context);
          return result;
        }
        throw new Error(`Deparser does not handle node type: ${nodeType}`);
      }
      getNodeType(node) {
        return Object.keys(node)[0];
      }
      getNodeData(node) {
        const keys = Object.keys(node);
        if (keys.length === 1 && typeof node[keys[0]] === "object") {
          return node[keys[0]];
        }
        return node;
      }
      ParseResult(node, context) {
        if (!node.stmts || node.stmts.length === 0) {
          return "";
        }
        return node.stmts.filter((rawStmt) => rawStmt != null).map((rawStmt) => this.RawStmt(rawStmt, context)).filter((result) => result !== "").join(context.newline() + context.newline());
      }
      RawStmt(node, context) {
        if (!node.stmt) {
          return "";
        }
        const deparsedStmt = this.deparse(node.stmt, context);
        if (node.stmt_len) {
          return deparsedStmt + ";";
        }
        return deparsedStmt;
      }
      SelectStmt(node, context) {
        const output = [];
        if (node.withClause) {
          output.push(this.WithClause(node.withClause, context));
        }
        if (!node.op || node.op === "SETOP_NONE") {
          if (node.valuesLists == null) {
            if (!context.isPretty() || !node.targetList) {
              output.push("SELECT");
            }
          }
        } else {
          const leftStmt = this.SelectStmt(node.larg, context);
          const rightStmt = this.SelectStmt(node.rarg, context);
          const leftNeedsParens = node.larg && (node.larg.op && node.larg.op !== "SETOP_NONE" || node.larg.sortClause || node.larg.limitCount || node.larg.limitOffset || node.larg.withClause);
          const rightNeedsParens = node.rarg && (node.rarg.op && node.rarg.op !== "SETOP_NONE" || node.rarg.sortClause || node.rarg.limitCount || node.rarg.limitOffset || node.rarg.withClause);
          if (leftNeedsParens) {
            output.push(context.parens(leftStmt));
          } else {
            output.push(leftStmt);
          }
          switch (node.op) {
            case "SETOP_UNION":
              output.push("UNION");
              break;
            case "SETOP_INTERSECT":
              output.push("INTERSECT");
              break;
            case "SETOP_EXCEPT":
              output.push("EXCEPT");
              break;
            default:
              throw new Error(`Bad SelectStmt op: ${node.op}`);
          }
          if (node.all) {
            output.push("ALL");
          }
          if (rightNeedsParens) {
            output.push(context.parens(rightStmt));
          } else {
            output.push(rightStmt);
          }
        }
        let distinctPart = "";
        if (node.distinctClause) {
          const distinctClause = list_utils_1.ListUtils.unwrapList(node.distinctClause);
          if (distinctClause.length > 0 && Object.keys(distinctClause[0]).length > 0) {
            const clause = distinctClause.map((e) => this.visit(e, context.spawn("SelectStmt", { select: true }))).join(", ");
            distinctPart = " DISTINCT ON " + context.parens(clause);
          } else {
            distinctPart = " DISTINCT";
          }
          if (!context.isPretty()) {
            if (distinctClause.length > 0 && Object.keys(distinctClause[0]).length > 0) {
              output.push("DISTINCT ON");
              const clause = distinctClause.map((e) => this.visit(e, context.spawn("SelectStmt", { select: true }))).join(", ");
              output.push(context.parens(clause));
            } else {
              output.push("DISTINCT");
            }
          }
        }
        if (node.targetList) {
          const targetList = list_utils_1.ListUtils.unwrapList(node.targetList);
          if (context.isPretty()) {
            if (targetList.length === 1) {
              const targetNode = targetList[0];
              const target = this.visit(targetNode, context.spawn("SelectStmt", { select: true }));
              if (this.isComplexSelectTarget(targetNode)) {
                output.push("SELECT" + distinctPart);
                if (this.containsMultilineStringLiteral(target)) {
                  output.push(target);
                } else {
                  output.push(context.indent(target));
                }
              } else {
                output.push("SELECT" + distinctPart + " " + target);
              }
            } else {
              const targetStrings = targetList.map((e) => {
                const targetStr = this.visit(e, context.spawn("SelectStmt", { select: true }));
                if (this.containsMultilineStringLiteral(targetStr)) {
                  return targetStr;
                }
                return context.indent(targetStr);
              });
              const formattedTargets = targetStrings.join("," + context.newline());
              output.push("SELECT" + distinctPart);
              output.push(formattedTargets);
            }
          } else {
            const targets = targetList.map((e) => this.visit(e, context.spawn("SelectStmt", { select: true }))).join(", ");
            output.push(targets);
          }
        }
        if (node.intoClause) {
          output.push("INTO");
          output.push(this.IntoClause(node.intoClause, context));
        }
        if (node.fromClause) {
          const fromList = list_utils_1.ListUtils.unwrapList(node.fromClause);
          const fromItems = fromList.map((e) => this.deparse(e, context.spawn("SelectStmt", { from: true }))).join(", ");
          output.push("FROM " + fromItems.trim());
        }
        if (node.whereClause) {
          if (context.isPretty()) {
            output.push("WHERE");
            const whereExpr = this.visit(node.whereClause, context);
            const lines = whereExpr.split(context.newline());
            const indentedLines = lines.map((line, index) => {
              if (index === 0) {
                return context.indent(line);
              }
              return line;
            });
            output.push(indentedLines.join(context.newline()));
          } else {
            output.push("WHERE");
            output.push(this.visit(node.whereClause, context));
          }
        }
        if (node.valuesLists) {
          if (context.isPretty()) {
            output.push("VALUES");
            const lists = list_utils_1.ListUtils.unwrapList(node.valuesLists).map((list) => {
              const values = list_utils_1.ListUtils.unwrapList(list).map((val) => this.visit(val, context));
              return context.parens(values.join(", "));
            });
            const indentedTuples = lists.map((tuple) => {
              if (this.containsMultilineStringLiteral(tuple)) {
                return tuple;
              }
              return context.indent(tuple);
            });
            output.push(indentedTuples.join(",\n"));
          } else {
            output.push("VALUES");
            const lists = list_utils_1.ListUtils.unwrapList(node.valuesLists).map((list) => {
              const values = list_utils_1.ListUtils.unwrapList(list).map((val) => this.visit(val, context));
              return context.parens(values.join(", "));
            });
            output.push(lists.join(", "));
          }
        }
        if (node.groupClause) {
          const groupList = list_utils_1.ListUtils.unwrapList(node.groupClause);
          if (context.isPretty()) {
            const groupItems = groupList.map((e) => {
              const groupStr = this.visit(e, context.spawn("SelectStmt", { group: true, indentLevel: context.indentLevel + 1 }));
              if (this.containsMultilineStringLiteral(groupStr)) {
                return groupStr;
              }
              return context.indent(groupStr);
            }).join("," + context.newline());
            output.push("GROUP BY");
            output.push(groupItems);
          } else {
            output.push("GROUP BY");
            const groupItems = groupList.map((e) => this.visit(e, context.spawn("SelectStmt", { group: true }))).join(", ");
            output.push(groupItems);
          }
        }
        if (node.havingClause) {
          if (context.isPretty()) {
            output.push("HAVING");
            const havingStr = this.visit(node.havingClause, context);
            if (this.containsMultilineStringLiteral(havingStr)) {
              output.push(havingStr);
            } else {
              output.push(context.indent(havingStr));
            }
          } else {
            output.push("HAVING");
            output.push(this.visit(node.havingClause, context));
          }
        }
        if (node.windowClause) {
          output.push("WINDOW");
          const windowList = list_utils_1.ListUtils.unwrapList(node.windowClause);
          const windowClauses = windowList.map((e) => this.visit(e, context)).join(", ");
          output.push(windowClauses);
        }
        if (node.sortClause) {
          const sortList = list_utils_1.ListUtils.unwrapList(node.sortClause);
          if (context.isPretty()) {
            const sortItems = sortList.map((e) => {
              const sortStr = this.visit(e, context.spawn("SelectStmt", { sort: true, indentLevel: context.indentLevel + 1 }));
              if (this.containsMultilineStringLiteral(sortStr)) {
                return sortStr;
              }
              return context.indent(sortStr);
            }).join("," + context.newline());
            output.push("ORDER BY");
            output.push(sortItems);
          } else {
            output.push("ORDER BY");
            const sortItems = sortList.map((e) => this.visit(e, context.spawn("SelectStmt", { sort: true }))).join(", ");
            output.push(sortItems);
          }
        }
        if (node.limitCount) {
          output.push("LIMIT " + this.visit(node.limitCount, context));
        }
        if (node.limitOffset) {
          output.push("OFFSET " + this.visit(node.limitOffset, context));
        }
        if (node.lockingClause) {
          const lockingList = list_utils_1.ListUtils.unwrapList(node.lockingClause);
          const lockingClauses = lockingList.map((e) => this.visit(e, context)).join(" ");
          output.push(lockingClauses);
        }
        if (context.isPretty()) {
          const filteredOutput = output.filter((item) => item.trim() !== "");
          return filteredOutput.join(context.newline());
        }
        return output.join(" ");
      }
      A_Expr(node, context) {
        const kind = node.kind;
        const name = list_utils_1.ListUtils.unwrapList(node.name);
        const lexpr = node.lexpr;
        const rexpr = node.rexpr;
        switch (kind) {
          case "AEXPR_OP":
            if (lexpr && rexpr) {
              const operator2 = this.deparseOperatorName(name, context);
              let leftExpr = this.visit(lexpr, context);
              let rightExpr2 = this.visit(rexpr, context);
              let leftNeedsParens = false;
              if (lexpr && "A_Expr" in lexpr && lexpr.A_Expr?.kind === "AEXPR_OP") {
                const leftOp = this.deparseOperatorName(list_utils_1.ListUtils.unwrapList(lexpr.A_Expr.name), context);
                if (this.needsParentheses(leftOp, operator2, "left")) {
                  leftNeedsParens = true;
                }
              }
              if (lexpr && this.isComplexExpression(lexpr)) {
                leftNeedsParens = true;
              }
              if (leftNeedsParens) {
                leftExpr = context.parens(leftExpr);
              }
              let rightNeedsParens = false;
              if (rexpr && "A_Expr" in rexpr && rexpr.A_Expr?.kind === "AEXPR_OP") {
                const rightOp = this.deparseOperatorName(list_utils_1.ListUtils.unwrapList(rexpr.A_Expr.name), context);
                if (this.needsParentheses(rightOp, operator2, "right")) {
                  rightNeedsParens = true;
                }
              }
              if (rexpr && this.isComplexExpression(rexpr)) {
                rightNeedsParens = true;
              }
              if (rightNeedsParens) {
                rightExpr2 = context.parens(rightExpr2);
              }
              return context.format([leftExpr, operator2, rightExpr2]);
            } else if (rexpr) {
              const operator2 = this.deparseOperatorName(name, context);
              let rightExpr2 = this.visit(rexpr, context);
              if (rexpr && "A_Expr" in rexpr && rexpr.A_Expr?.kind === "AEXPR_OP" && rexpr.A_Expr?.lexpr) {
                rightExpr2 = context.parens(rightExpr2);
              }
              return context.format([operator2, rightExpr2]);
            }
            break;
          case "AEXPR_OP_ANY":
            return context.format([
              this.visit(lexpr, context),
              this.deparseOperatorName(name, context),
              "ANY",
              context.parens(this.visit(rexpr, context))
            ]);
          case "AEXPR_OP_ALL":
            return context.format([
              this.visit(lexpr, context),
              this.deparseOperatorName(name, context),
              "ALL",
              context.parens(this.visit(rexpr, context))
            ]);
          case "AEXPR_DISTINCT": {
            let leftExpr = this.visit(lexpr, context);
            let rightExpr2 = this.visit(rexpr, context);
            if (lexpr && this.isComplexExpression(lexpr)) {
              leftExpr = context.parens(leftExpr);
            }
            if (rexpr && this.isComplexExpression(rexpr)) {
              rightExpr2 = context.parens(rightExpr2);
            }
            return context.format([
              leftExpr,
              "IS DISTINCT FROM",
              rightExpr2
            ]);
          }
          case "AEXPR_NOT_DISTINCT": {
            let leftExpr = this.visit(lexpr, context);
            let rightExpr2 = this.visit(rexpr, context);
            if (lexpr && this.isComplexExpression(lexpr)) {
              leftExpr = context.parens(leftExpr);
            }
            if (rexpr && this.isComplexExpression(rexpr)) {
              rightExpr2 = context.parens(rightExpr2);
            }
            return context.format([
              leftExpr,
              "IS NOT DISTINCT FROM",
              rightExpr2
            ]);
          }
          case "AEXPR_NULLIF":
            return context.format([
              "NULLIF",
              context.parens([
                this.visit(lexpr, context),
                this.visit(rexpr, context)
              ].join(", "))
            ]);
          case "AEXPR_IN":
            const inOperator = this.deparseOperatorName(name, context);
            if (inOperator === "<>" || inOperator === "!=") {
              return context.format([
                this.visit(lexpr, context),
                "NOT IN",
                context.parens(this.visit(rexpr, context))
              ]);
            } else {
              return context.format([
                this.visit(lexpr, context),
                "IN",
                context.parens(this.visit(rexpr, context))
              ]);
            }
          case "AEXPR_LIKE":
            const likeOp = this.deparseOperatorName(name, context);
            if (likeOp === "!~~") {
              return context.format([
                this.visit(lexpr, context),
                "NOT LIKE",
                this.visit(rexpr, context)
              ]);
            } else {
              return context.format([
                this.visit(lexpr, context),
                "LIKE",
                this.visit(rexpr, context)
              ]);
            }
          case "AEXPR_ILIKE":
            const ilikeOp = this.deparseOperatorName(name, context);
            if (ilikeOp === "!~~*") {
              return context.format([
                this.visit(lexpr, context),
                "NOT ILIKE",
                this.visit(rexpr, context)
              ]);
            } else {
              return context.format([
                this.visit(lexpr, context),
                "ILIKE",
                this.visit(rexpr, context)
              ]);
            }
          case "AEXPR_SIMILAR":
            const similarOp = this.deparseOperatorName(name, context);
            let rightExpr;
            if (rexpr && "FuncCall" in rexpr && rexpr.FuncCall?.funcname?.length === 2 && rexpr.FuncCall.funcname[0]?.String?.sval === "pg_catalog" && rexpr.FuncCall.funcname[1]?.String?.sval === "similar_to_escape") {
              const args = rexpr.FuncCall.args || [];
              rightExpr = this.visit(args[0], context);
              if (args.length > 1) {
                rightExpr += ` ESCAPE ${this.visit(args[1], context)}`;
              }
            } else {
              rightExpr = this.visit(rexpr, context);
            }
            if (similarOp === "!~") {
              return context.format([
                this.visit(lexpr, context),
                "NOT SIMILAR TO",
                rightExpr
              ]);
            } else {
              return context.format([
                this.visit(lexpr, context),
                "SIMILAR TO",
                rightExpr
              ]);
            }
          case "AEXPR_BETWEEN":
            return context.format([
              this.visit(lexpr, context),
              "BETWEEN",
              this.visitBetweenRange(rexpr, context)
            ]);
          case "AEXPR_NOT_BETWEEN":
            return context.format([
              this.visit(lexpr, context),
              "NOT BETWEEN",
              this.visitBetweenRange(rexpr, context)
            ]);
          case "AEXPR_BETWEEN_SYM":
            return context.format([
              this.visit(lexpr, context),
              "BETWEEN SYMMETRIC",
              this.visitBetweenRange(rexpr, context)
            ]);
          case "AEXPR_NOT_BETWEEN_SYM":
            return context.format([
              this.visit(lexpr, context),
              "NOT BETWEEN SYMMETRIC",
              this.visitBetweenRange(rexpr, context)
            ]);
        }
        throw new Error(`Unhandled A_Expr kind: ${kind}`);
      }
      deparseOperatorName(name, context) {
        if (!name || name.length === 0) {
          return "";
        }
        const parts = name.map((n) => {
          if (n.String) {
            return n.String.sval || n.String.str;
          }
          return this.visit(n, context);
        });
        if (parts.length > 1) {
          return `OPERATOR(${parts.join(".")})`;
        }
        return parts.join(".");
      }
      getOperatorPrecedence(operator2) {
        const precedence = {
          "||": 1,
          // string concatenation
          OR: 2,
          // logical OR
          AND: 3,
          // logical AND
          NOT: 4,
          // logical NOT
          IS: 5,
          // IS NULL, IS NOT NULL, etc.
          IN: 5,
          // IN, NOT IN
          BETWEEN: 5,
          // BETWEEN, NOT BETWEEN
          LIKE: 5,
          // LIKE, ILIKE, SIMILAR TO
          ILIKE: 5,
          SIMILAR: 5,
          "<": 6,
          // comparison operators
          "<=": 6,
          ">": 6,
          ">=": 6,
          "=": 6,
          "<>": 6,
          "!=": 6,
          "+": 7,
          // addition, subtraction
          "-": 7,
          "*": 8,
          // multiplication, division, modulo
          "/": 8,
          "%": 8,
          "^": 9,
          // exponentiation
          "~": 10,
          // bitwise operators
          "&": 10,
          "|": 10,
          "#": 10,
          "<<": 10,
          ">>": 10
        };
        return precedence[operator2] || 0;
      }
      needsParentheses(childOp, parentOp, position) {
        const childPrec = this.getOperatorPrecedence(childOp);
        const parentPrec = this.getOperatorPrecedence(parentOp);
        if (childPrec < parentPrec) {
          return true;
        }
        if (childPrec === parentPrec && position === "right") {
          if (parentOp === "-" || parentOp === "/") {
            return true;
          }
        }
        return false;
      }
      isComplexExpression(node) {
        return !!(node.NullTest || node.BooleanTest || node.BoolExpr || node.CaseExpr || node.CoalesceExpr || node.SubLink || node.A_Expr);
      }
      isComplexSelectTarget(node) {
        if (!node)
          return false;
        if (node.ResTarget?.val) {
          return this.isComplexExpression(node.ResTarget.val);
        }
        if (node.CaseExpr)
          return true;
        if (node.SubLink)
          return true;
        if (node.NullTest || node.BooleanTest || node.BoolExpr)
          return true;
        if (node.CoalesceExpr) {
          const args = node.CoalesceExpr.args;
          if (args && Array.isArray(args) && args.length > 1)
            return true;
        }
        if (node.FuncCall) {
          const funcCall = node.FuncCall;
          const args = funcCall.args ? Array.isArray(funcCall.args) ? funcCall.args : [funcCall.args] : [];
          if (funcCall.over || funcCall.agg_filter || funcCall.agg_order || funcCall.agg_distinct) {
            return true;
          }
          if (args.length > 1)
            return true;
          if (args.length === 1) {
            return this.isComplexSelectTarget(args[0]);
          }
        }
        if (node.A_Expr) {
          const expr = node.A_Expr;
          if (expr.lexpr && this.isComplexSelectTarget(expr.lexpr))
            return true;
          if (expr.rexpr && this.isComplexSelectTarget(expr.rexpr))
            return true;
          return false;
        }
        if (node.TypeCast) {
          return this.isComplexSelectTarget(node.TypeCast.arg);
        }
        if (node.A_ArrayExpr)
          return true;
        if (node.A_Indirection) {
          return this.isComplexSelectTarget(node.A_Indirection.arg);
        }
        if (node.A_Const || node.ColumnRef || node.ParamRef || node.A_Star) {
          return false;
        }
        return false;
      }
      visitBetweenRange(rexpr, context) {
        if (rexpr && "List" in rexpr && rexpr.List?.items) {
          const items = rexpr.List.items.map((item) => this.visit(item, context));
          return items.join(" AND ");
        }
        return this.visit(rexpr, context);
      }
      InsertStmt(node, context) {
        const output = [];
        if (node.withClause) {
          output.push(this.WithClause(node.withClause, context));
        }
        output.push("INSERT INTO");
        output.push(this.RangeVar(node.relation, context));
        if (node.cols) {
          const cols = list_utils_1.ListUtils.unwrapList(node.cols);
          const insertContext = context.spawn("InsertStmt", { insertColumns: true });
          const columnNames = cols.map((col) => this.visit(col, insertContext));
          if (context.isPretty()) {
            const indentedColumns = columnNames.map((col) => context.indent(col));
            output.push("(\n" + indentedColumns.join(",\n") + "\n)");
          } else {
            output.push(context.parens(columnNames.join(", ")));
          }
        }
        if (node.override === "OVERRIDING_USER_VALUE") {
          output.push("OVERRIDING USER VALUE");
        } else if (node.override === "OVERRIDING_SYSTEM_VALUE") {
          output.push("OVERRIDING SYSTEM VALUE");
        }
        if (node.selectStmt) {
          output.push(this.visit(node.selectStmt, context));
        } else if (!node.cols || node.cols && list_utils_1.ListUtils.unwrapList(node.cols).length === 0) {
          output.push("DEFAULT VALUES");
        }
        if (node.onConflictClause) {
          output.push("ON CONFLICT");
          if (node.onConflictClause.infer) {
            const infer = node.onConflictClause.infer;
            if (infer.conname) {
              output.push("ON CONSTRAINT");
              output.push(infer.conname);
            } else if (infer.indexElems) {
              const elems = list_utils_1.ListUtils.unwrapList(infer.indexElems);
              const indexElems = elems.map((elem) => this.visit(elem, context));
              output.push(context.parens(indexElems.join(", ")));
            }
            if (infer.whereClause) {
              output.push("WHERE");
              output.push(this.visit(infer.whereClause, context));
            }
          }
          if (node.onConflictClause.action === "ONCONFLICT_UPDATE") {
            output.push("DO UPDATE SET");
            const targetList = list_utils_1.ListUtils.unwrapList(node.onConflictClause.targetList);
            if (targetList && targetList.length) {
              const firstTarget = targetList[0];
              if (firstTarget.ResTarget?.val?.MultiAssignRef && targetList.every((target) => target.ResTarget?.val?.MultiAssignRef)) {
                const sortedTargets = targetList.sort((a, b) => a.ResTarget.val.MultiAssignRef.colno - b.ResTarget.val.MultiAssignRef.colno);
                const names = sortedTargets.map((target) => target.ResTarget.name);
                output.push(context.parens(names.join(", ")));
                output.push("=");
                output.push(this.visit(firstTarget.ResTarget.val.MultiAssignRef.source, context));
              } else {
                const updateContext = context.spawn("UpdateStmt", { update: true });
                const targets = targetList.map((target) => this.visit(target, updateContext));
                if (context.isPretty()) {
                  const indentedTargets = targets.map((target) => context.indent(target));
                  output.push("\n" + indentedTargets.join(",\n"));
                } else {
                  output.push(targets.join(", "));
                }
              }
            }
            if (node.onConflictClause.whereClause) {
              output.push("WHERE");
              output.push(this.visit(node.onConflictClause.whereClause, context));
            }
          } else if (node.onConflictClause.action === "ONCONFLICT_NOTHING") {
            output.push("DO NOTHING");
          }
        }
        if (node.returningClause) {
          output.push(this.ReturningClause(node.returningClause, context));
        }
        return output.join(" ");
      }
      UpdateStmt(node, context) {
        const output = [];
        if (node.withClause) {
          output.push(this.WithClause(node.withClause, context));
        }
        output.push("UPDATE");
        if (node.relation) {
          output.push(this.RangeVar(node.relation, context));
        }
        output.push("SET");
        if (node.targetList && node.targetList.length > 0) {
          output.push(this.formatUpdateAssignments(node.targetList, context));
        }
        if (node.fromClause) {
          output.push("FROM");
          const fromList = list_utils_1.ListUtils.unwrapList(node.fromClause);
          const fromItems = fromList.map((item) => this.visit(item, context));
          output.push(fromItems.join(", "));
        }
        if (node.whereClause) {
          output.push("WHERE");
          output.push(this.visit(node.whereClause, context));
        }
        if (node.returningClause) {
          output.push(this.ReturningClause(node.returningClause, context));
        }
        return output.join(" ");
      }
      formatUpdateAssignments(targets, context) {
        const targetList = list_utils_1.ListUtils.unwrapList(targets);
        const processedTargets = /* @__PURE__ */ new Set();
        const assignmentParts = [];
        for (let i = 0; i < targetList.length; i++) {
          if (processedTargets.has(i))
            continue;
          const target = targetList[i];
          const multiAssignRef = target.ResTarget?.val?.MultiAssignRef;
          if (multiAssignRef) {
            const relatedTargets = [];
            for (let j = i; j < targetList.length; j++) {
              const otherTarget = targetList[j];
              const otherMultiAssignRef = otherTarget.ResTarget?.val?.MultiAssignRef;
              if (otherMultiAssignRef && JSON.stringify(otherMultiAssignRef.source) === JSON.stringify(multiAssignRef.source)) {
                relatedTargets.push(otherTarget);
                processedTargets.add(j);
              }
            }
            const names = relatedTargets.map((t) => quotes_1.QuoteUtils.quoteIdentifier(t.ResTarget.name));
            assignmentParts.push(`${context.parens(names.join(", "))} = ${this.visit(multiAssignRef.source, context)}`);
          } else {
            assignmentParts.push(this.visit(target, context.spawn("UpdateStmt", { update: true })));
            processedTargets.add(i);
          }
        }
        return assignmentParts.join(", ");
      }
      DeleteStmt(node, context) {
        try {
          const output = [];
          if (node.withClause) {
            try {
              output.push(this.WithClause(node.withClause, context));
            } catch (error) {
              console.warn(`Error processing withClause in DeleteStmt: ${error instanceof Error ? error.message : String(error)}`);
              throw new Error(`Error deparsing DeleteStmt: ${error instanceof Error ? error.message : String(error)}`);
            }
          }
          output.push("DELETE");
          output.push("FROM");
          if (!node.relation) {
            throw new Error("DeleteStmt requires a relation");
          }
          output.push(this.RangeVar(node.relation, context));
          if (node.usingClause) {
            output.push("USING");
            const usingList = list_utils_1.ListUtils.unwrapList(node.usingClause);
            const usingItems = usingList.filter((item) => item != null && this.getNodeType(item) !== "undefined").map((item) => {
              try {
                return this.visit(item, context);
              } catch (error) {
                console.warn(`Error processing usingClause item in DeleteStmt: ${error instanceof Error ? error.message : String(error)}`);
                return "";
              }
            }).filter((item) => item && item.trim());
            if (usingItems.length > 0) {
              output.push(usingItems.join(", "));
            }
          }
          if (node.whereClause) {
            output.push("WHERE");
            try {
              output.push(this.visit(node.whereClause, context));
            } catch (error) {
              console.warn(`Error processing whereClause in DeleteStmt: ${error instanceof Error ? error.message : String(error)}`);
              throw new Error(`Error deparsing DeleteStmt: ${error instanceof Error ? error.message : String(error)}`);
            }
          }
          if (node.returningClause) {
            try {
              output.push(this.ReturningClause(node.returningClause, context));
            } catch (error) {
              console.warn(`Error processing returningClause in DeleteStmt: ${error instanceof Error ? error.message : String(error)}`);
              throw new Error(`Error deparsing DeleteStmt: ${error instanceof Error ? error.message : String(error)}`);
            }
          }
          return output.join(" ");
        } catch (error) {
          throw new Error(`Error deparsing DeleteStmt: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      WithClause(node, context) {
        const output = ["WITH"];
        if (node.recursive) {
          output.push("RECURSIVE");
        }
        if (node.ctes && node.ctes.length > 0) {
          const ctes = list_utils_1.ListUtils.unwrapList(node.ctes);
          if (context.isPretty()) {
            const cteStrings = ctes.map((cte, index) => {
              const cteStr = this.visit(cte, context);
              const prefix = index === 0 ? context.newline() : "," + context.newline();
              if (this.containsMultilineStringLiteral(cteStr)) {
                return prefix + cteStr;
              }
              return prefix + context.indent(cteStr);
            });
            output.push(cteStrings.join(""));
          } else {
            const cteStrings = ctes.map((cte) => this.visit(cte, context));
            output.push(cteStrings.join(", "));
          }
        }
        return output.join(" ");
      }
      ResTarget(node, context) {
        const output = [];
        if (context.update && node.name) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
          if (node.indirection && node.indirection.length > 0) {
            const indirectionStrs = list_utils_1.ListUtils.unwrapList(node.indirection).map((item) => {
              if (item.String) {
                return `.${quotes_1.QuoteUtils.quoteIdentifierAfterDot(item.String.sval || item.String.str)}`;
              }
              return this.visit(item, context);
            });
            output.push(indirectionStrs.join(""));
          }
          output.push("=");
          if (node.val) {
            output.push(this.deparse(node.val, context));
          }
        } else if (context.insertColumns && node.name) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
          if (node.indirection && node.indirection.length > 0) {
            const indirectionStrs = list_utils_1.ListUtils.unwrapList(node.indirection).map((item) => {
              if (item.String) {
                return `.${quotes_1.QuoteUtils.quoteIdentifierAfterDot(item.String.sval || item.String.str)}`;
              }
              return this.visit(item, context);
            });
            output.push(indirectionStrs.join(""));
          }
        } else {
          if (node.val) {
            output.push(this.deparse(node.val, context));
          }
          if (node.name) {
            output.push("AS");
            output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
          }
        }
        return output.join(" ");
      }
      ATAlterConstraint(node, context) {
        const output = ["ALTER CONSTRAINT"];
        if (node.conname) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.conname));
        }
        if (node.alterEnforceability) {
          output.push(node.is_enforced ? "ENFORCED" : "NOT ENFORCED");
        }
        if (node.alterDeferrability) {
          output.push(node.deferrable ? "DEFERRABLE" : "NOT DEFERRABLE");
          if (node.initdeferred) {
            output.push("INITIALLY DEFERRED");
          }
        }
        if (node.alterInheritability) {
          output.push(node.noinherit ? "NO INHERIT" : "INHERIT");
        }
        return output.join(" ");
      }
      deparseKeyAttrs(attrs, withPeriod, context) {
        const items = list_utils_1.ListUtils.unwrapList(attrs).map((attr) => this.visit(attr, context));
        if (withPeriod && items.length > 0) {
          items[items.length - 1] = `PERIOD ${items[items.length - 1]}`;
        }
        return items.join(", ");
      }
      ReturningClause(node, context) {
        const output = ["RETURNING"];
        if (node.options && node.options.length > 0) {
          const options = list_utils_1.ListUtils.unwrapList(node.options).map((option) => this.visit(option, context));
          output.push(`WITH (${options.join(", ")})`);
        }
        if (node.exprs && node.exprs.length > 0) {
          output.push(this.deparseReturningList(node.exprs, context));
        }
        return output.join(" ");
      }
      ReturningOption(node, context) {
        const keyword = node.option === "RETURNING_OPTION_NEW" ? "NEW" : "OLD";
        return `${keyword} AS ${quotes_1.QuoteUtils.quoteIdentifier(node.value)}`;
      }
      deparseReturningList(list, context) {
        return list_utils_1.ListUtils.unwrapList(list).filter((item) => item != null && this.getNodeType(item) !== "undefined").map((item) => {
          try {
            if (this.getNodeType(item) === "ResTarget") {
              const resTarget = this.getNodeData(item);
              const val = resTarget.val ? this.visit(resTarget.val, context) : "";
              const alias = resTarget.name ? ` AS ${quotes_1.QuoteUtils.quoteIdentifier(resTarget.name)}` : "";
              return val + alias;
            } else {
              const val = this.visit(item, context);
              return val;
            }
          } catch (error) {
            console.warn(`Error processing returning item: ${error instanceof Error ? error.message : String(error)}`);
            return "";
          }
        }).filter((item) => item && item.trim()).join(", ");
      }
      BoolExpr(node, context) {
        const boolop = node.boolop;
        const args = list_utils_1.ListUtils.unwrapList(node.args);
        let formatStr = "%s";
        if (context.bool) {
          formatStr = "(%s)";
        }
        const boolContext = context.spawn("BoolExpr", { bool: true });
        switch (boolop) {
          case "AND_EXPR":
            if (context.isPretty() && args.length > 1) {
              const andArgs = args.map((arg) => this.visit(arg, boolContext)).join(context.newline() + context.indent("AND "));
              return formatStr.replace("%s", () => andArgs);
            } else {
              const andArgs = args.map((arg) => this.visit(arg, boolContext)).join(" AND ");
              return formatStr.replace("%s", () => andArgs);
            }
          case "OR_EXPR":
            if (context.isPretty() && args.length > 1) {
              const orArgs = args.map((arg) => this.visit(arg, boolContext)).join(context.newline() + context.indent("OR "));
              return formatStr.replace("%s", () => orArgs);
            } else {
              const orArgs = args.map((arg) => this.visit(arg, boolContext)).join(" OR ");
              return formatStr.replace("%s", () => orArgs);
            }
          case "NOT_EXPR":
            return `NOT (${this.visit(args[0], context)})`;
          default:
            throw new Error(`Unhandled BoolExpr boolop: ${boolop}`);
        }
      }
      FuncCall(node, context) {
        const funcname = list_utils_1.ListUtils.unwrapList(node.funcname);
        const args = list_utils_1.ListUtils.unwrapList(node.args);
        const funcnameParts = funcname.map((n) => n.String?.sval || n.String?.str || "").filter((s) => s);
        const name = quotes_1.QuoteUtils.quoteDottedName(funcnameParts);
        if (node.funcformat === "COERCE_SQL_SYNTAX" && name === "pg_catalog.xmlexists" && args.length >= 2) {
          const xpath = this.visit(args[0], context);
          const xmlDoc = this.visit(args[1], context);
          return `xmlexists (${xpath} PASSING ${xmlDoc})`;
        }
        if (node.funcformat === "COERCE_SQL_SYNTAX" && name === "pg_catalog.extract" && args.length >= 2) {
          let field = this.visit(args[0], context);
          const source = this.visit(args[1], context);
          if (field.startsWith("'") && field.endsWith("'")) {
            field = field.slice(1, -1).toUpperCase();
          }
          return `EXTRACT(${field} FROM ${source})`;
        }
        if (node.funcformat === "COERCE_SQL_SYNTAX" && (name === "pg_catalog.rtrim" || name === "pg_catalog.ltrim" || name === "pg_catalog.btrim") && args.length >= 1) {
          const source = this.visit(args[0], context);
          let trimChar = "";
          if (args.length >= 2) {
            trimChar = ` ${this.visit(args[1], context)}`;
          }
          if (name === "pg_catalog.rtrim") {
            return `TRIM(TRAILING${trimChar} FROM ${source})`;
          } else if (name === "pg_catalog.ltrim") {
            return `TRIM(LEADING${trimChar} FROM ${source})`;
          } else if (name === "pg_catalog.btrim") {
            return `TRIM(BOTH${trimChar} FROM ${source})`;
          }
        }
        if (node.funcformat === "COERCE_SQL_SYNTAX" && name === "pg_catalog.pg_collation_for") {
          const argStrs = args.map((arg) => this.visit(arg, context));
          return `COLLATION FOR (${argStrs.join(", ")})`;
        }
        if (node.funcformat === "COERCE_SQL_SYNTAX" && name === "pg_catalog.substring") {
          const source = this.visit(args[0], context);
          if (args.length === 3) {
            const start = this.visit(args[1], context);
            const length = this.visit(args[2], context);
            return `SUBSTRING(${source} FROM ${start} FOR ${length})`;
          } else if (args.length === 2) {
            const start = this.visit(args[1], context);
            return `SUBSTRING(${source} FROM ${start})`;
          }
        }
        if (node.funcformat === "COERCE_SQL_SYNTAX" && name === "pg_catalog.position") {
          if (args.length === 2) {
            const string = this.visit(args[0], context);
            const substring = this.visit(args[1], context);
            return `POSITION(${substring} IN ${string})`;
          }
        }
        if (node.funcformat === "COERCE_SQL_SYNTAX" && name === "pg_catalog.overlay") {
          if (args.length === 4) {
            const string = this.visit(args[0], context);
            const substring = this.visit(args[1], context);
            const start = this.visit(args[2], context);
            const length = this.visit(args[3], context);
            return `OVERLAY(${string} PLACING ${substring} FROM ${start} FOR ${length})`;
          } else if (args.length === 3) {
            const string = this.visit(args[0], context);
            const substring = this.visit(args[1], context);
            const start = this.visit(args[2], context);
            return `OVERLAY(${string} PLACING ${substring} FROM ${start})`;
          }
        }
        if (node.funcformat === "COERCE_SQL_SYNTAX" && name === "pg_catalog.is_normalized") {
          const string = this.visit(args[0], context);
          if (args.length === 2) {
            const form = this.visit(args[1], context);
            const formValue = form.replace(/'/g, "");
            return `${string} IS ${formValue} NORMALIZED`;
          } else {
            return `${string} IS NORMALIZED`;
          }
        }
        if (node.funcformat === "COERCE_SQL_SYNTAX" && name === "pg_catalog.normalize") {
          const string = this.visit(args[0], context);
          if (args.length === 2) {
            const form = this.visit(args[1], context);
            const formValue = form.replace(/'/g, "");
            return `normalize(${string}, ${formValue})`;
          } else {
            return `normalize(${string})`;
          }
        }
        if (node.funcformat === "COERCE_SQL_SYNTAX" && name === "pg_catalog.system_user" && args.length === 0) {
          return "SYSTEM_USER";
        }
        if (name === "pg_catalog.overlaps" && args.length === 4) {
          const left1 = this.visit(args[0], context);
          const left2 = this.visit(args[1], context);
          const right1 = this.visit(args[2], context);
          const right2 = this.visit(args[3], context);
          return `(${left1}, ${left2}) OVERLAPS (${right1}, ${right2})`;
        }
        if (name === "pg_catalog.timezone" && args.length === 2) {
          let timestamp = this.visit(args[1], context);
          const timezone = this.visit(args[0], context);
          if (args[1] && "A_Expr" in args[1] && args[1].A_Expr?.kind === "AEXPR_OP") {
            const op = this.deparseOperatorName(list_utils_1.ListUtils.unwrapList(args[1].A_Expr.name), context);
            if (op === "+" || op === "-" || op === "*" || op === "/") {
              timestamp = context.parens(timestamp);
            }
          }
          return `${timestamp} AT TIME ZONE ${timezone}`;
        }
        const params = [];
        if (node.agg_star) {
          if (node.agg_distinct) {
            params.push("DISTINCT *");
          } else {
            params.push("*");
          }
        } else {
          const argStrs = args.map((arg) => this.visit(arg, context));
          if (node.func_variadic && argStrs.length > 0) {
            const lastIndex = argStrs.length - 1;
            argStrs[lastIndex] = `VARIADIC ${argStrs[lastIndex]}`;
          }
          if (node.agg_distinct && argStrs.length > 0) {
            params.push("DISTINCT " + argStrs.join(", "));
          } else {
            params.push(...argStrs);
          }
        }
        let orderByClause = "";
        if (node.agg_order && node.agg_order.length > 0) {
          const orderItems = list_utils_1.ListUtils.unwrapList(node.agg_order);
          const orderStrs = orderItems.map((item) => this.visit(item, context));
          if (node.agg_within_group) {
            orderByClause = ` WITHIN GROUP (ORDER BY ${orderStrs.join(", ")})`;
          } else {
            orderByClause = ` ORDER BY ${orderStrs.join(", ")}`;
          }
        }
        let result;
        if (node.agg_within_group && orderByClause) {
          result = `${name}(${params.join(", ")})${orderByClause}`;
        } else {
          result = `${name}(${params.join(", ")}${orderByClause})`;
        }
        if (node.agg_filter) {
          result += ` FILTER (WHERE ${this.visit(node.agg_filter, context)})`;
        }
        if (node.over) {
          result += this.formatOverClause(node.over, context);
        }
        return result;
      }
      formatOverClause(over, context) {
        if (over.name) {
          return ` OVER ${over.name}`;
        }
        const windowParts = [];
        if (over.refname) {
          windowParts.push(over.refname);
        }
        if (over.partitionClause) {
          const partitions = list_utils_1.ListUtils.unwrapList(over.partitionClause);
          const partitionStrs = partitions.map((p) => this.visit(p, context));
          windowParts.push(`PARTITION BY ${partitionStrs.join(", ")}`);
        }
        if (over.orderClause) {
          const orders = list_utils_1.ListUtils.unwrapList(over.orderClause);
          const orderStrs = orders.map((o) => this.visit(o, context));
          windowParts.push(`ORDER BY ${orderStrs.join(", ")}`);
        }
        const frameClause = this.formatWindowFrame(over, context.spawn("FuncCall"));
        if (frameClause) {
          windowParts.push(frameClause);
        }
        if (windowParts.length === 0) {
          return " OVER ()";
        }
        if (context.isPretty() && windowParts.length > 1) {
          const formattedParts = windowParts.map((part) => context.indent(part));
          return ` OVER (${context.newline()}${formattedParts.join(context.newline())}${context.newline()})`;
        }
        return ` OVER (${windowParts.join(" ")})`;
      }
      FuncExpr(node, context) {
        const funcName = `func_${node.funcid}`;
        const args = node.args ? list_utils_1.ListUtils.unwrapList(node.args).map((arg) => this.visit(arg, context)).join(", ") : "";
        return `${funcName}(${args})`;
      }
      A_Const(node, context) {
        const nodeAny = node;
        if (nodeAny.ival !== void 0) {
          if (typeof nodeAny.ival === "object" && nodeAny.ival !== null) {
            if (nodeAny.ival.ival !== void 0) {
              return nodeAny.ival.ival.toString();
            } else if (Object.keys(nodeAny.ival).length === 0) {
              return "0";
            } else {
              return nodeAny.ival.toString();
            }
          } else if (nodeAny.ival === null) {
            return "NULL";
          } else {
            return nodeAny.ival.toString();
          }
        } else if (nodeAny.fval !== void 0) {
          if (typeof nodeAny.fval === "object" && nodeAny.fval !== null) {
            if (nodeAny.fval.fval !== void 0) {
              return nodeAny.fval.fval.toString();
            } else if (Object.keys(nodeAny.fval).length === 0) {
              return "0.0";
            } else {
              return nodeAny.fval.toString();
            }
          } else if (nodeAny.fval === null) {
            return "NULL";
          } else {
            return nodeAny.fval.toString();
          }
        } else if (nodeAny.sval !== void 0) {
          if (typeof nodeAny.sval === "object" && nodeAny.sval !== null) {
            if (nodeAny.sval.sval !== void 0) {
              return quotes_1.QuoteUtils.formatEString(nodeAny.sval.sval);
            } else if (nodeAny.sval.String && nodeAny.sval.String.sval !== void 0) {
              return quotes_1.QuoteUtils.formatEString(nodeAny.sval.String.sval);
            } else if (Object.keys(nodeAny.sval).length === 0) {
              return "''";
            } else {
              return quotes_1.QuoteUtils.formatEString(nodeAny.sval.toString());
            }
          } else if (nodeAny.sval === null) {
            return "NULL";
          } else {
            return quotes_1.QuoteUtils.formatEString(nodeAny.sval);
          }
        } else if (nodeAny.boolval !== void 0) {
          if (typeof nodeAny.boolval === "object" && nodeAny.boolval !== null) {
            if (nodeAny.boolval.boolval !== void 0) {
              return nodeAny.boolval.boolval ? "true" : "false";
            } else if (Object.keys(nodeAny.boolval).length === 0) {
              return "false";
            } else {
              return nodeAny.boolval ? "true" : "false";
            }
          } else if (nodeAny.boolval === null) {
            return "NULL";
          } else {
            return nodeAny.boolval ? "true" : "false";
          }
        } else if (nodeAny.bsval !== void 0) {
          if (typeof nodeAny.bsval === "object" && nodeAny.bsval !== null) {
            if (nodeAny.bsval.bsval !== void 0) {
              const bsval = nodeAny.bsval.bsval;
              if (bsval.startsWith("x") && /^x[0-9A-Fa-f]+$/.test(bsval)) {
                return `x'${bsval.substring(1)}'`;
              }
              if (bsval.startsWith("b")) {
                return `b'${bsval.substring(1)}'`;
              }
              return `b'${bsval}'`;
            } else if (Object.keys(nodeAny.bsval).length === 0) {
              return "''";
            } else {
              return nodeAny.bsval.toString();
            }
          } else if (nodeAny.bsval === null) {
            return "NULL";
          } else {
            const bsval = nodeAny.bsval;
            if (bsval.startsWith("x") && /^x[0-9A-Fa-f]+$/.test(bsval)) {
              return `x'${bsval.substring(1)}'`;
            }
            if (bsval.startsWith("b")) {
              return `b'${bsval.substring(1)}'`;
            }
            return `b'${bsval}'`;
          }
        }
        if (nodeAny.val) {
          if (nodeAny.val.Integer?.ival !== void 0) {
            return nodeAny.val.Integer.ival.toString();
          } else if (nodeAny.val.Float?.fval !== void 0) {
            return nodeAny.val.Float.fval.toString();
          } else if (nodeAny.val.String?.sval !== void 0) {
            return quotes_1.QuoteUtils.escape(nodeAny.val.String.sval);
          } else if (nodeAny.val.Boolean?.boolval !== void 0) {
            return nodeAny.val.Boolean.boolval ? "true" : "false";
          } else if (nodeAny.val.BitString?.bsval !== void 0) {
            return nodeAny.val.BitString.bsval;
          }
        }
        if (nodeAny.isnull === true) {
          return "NULL";
        }
        if (typeof nodeAny === "object" && nodeAny !== null) {
          if (nodeAny.Boolean !== void 0) {
            return nodeAny.Boolean ? "true" : "false";
          }
          if (nodeAny.Integer !== void 0) {
            if (typeof nodeAny.Integer === "object" && nodeAny.Integer.ival !== void 0) {
              return nodeAny.Integer.ival.toString();
            }
            return nodeAny.Integer.toString();
          }
          if (nodeAny.Float !== void 0) {
            if (typeof nodeAny.Float === "object" && nodeAny.Float.fval !== void 0) {
              return nodeAny.Float.fval.toString();
            }
            return nodeAny.Float.toString();
          }
          if (nodeAny.String !== void 0) {
            if (typeof nodeAny.String === "object" && nodeAny.String.sval !== void 0) {
              return quotes_1.QuoteUtils.escape(nodeAny.String.sval);
            }
            return quotes_1.QuoteUtils.escape(nodeAny.String);
          }
          if (Object.keys(nodeAny).length === 0) {
            return "NULL";
          }
          console.warn("A_Const: Unhandled object structure:", JSON.stringify(nodeAny, null, 2));
          return "NULL";
        }
        return "NULL";
      }
      ColumnRef(node, context) {
        const fields = list_utils_1.ListUtils.unwrapList(node.fields);
        return fields.map((field) => {
          if (field.String) {
            return quotes_1.QuoteUtils.quoteIdentifier(field.String.sval || field.String.str);
          } else if (field.A_Star) {
            return "*";
          }
          return this.visit(field, context);
        }).join(".");
      }
      TypeName(node, context) {
        if (!node.names) {
          return "";
        }
        const output = [];
        if (node.setof) {
          output.push("SETOF");
        }
        const names = node.names.map((name) => {
          if (name.String) {
            return name.String.sval || name.String.str;
          }
          return "";
        }).filter(Boolean);
        if (names.length === 0) {
          return "";
        }
        let args = null;
        if (node.typmods) {
          const isInterval = names.some((name) => {
            const nameStr = typeof name === "string" ? name : name.String?.sval || name.String?.str;
            return nameStr === "interval";
          });
          if (isInterval) {
            args = this.formatIntervalTypeMods(node.typmods, context);
          } else {
            args = this.formatTypeMods(node.typmods, context);
          }
        } else if (node.typemod && node.typemod !== -1) {
          args = this.formatSingleTypeMod(node.typemod, names[0]);
        }
        const mods = (name, size) => {
          if (size != null) {
            if (name === "interval") {
              if (size.startsWith("(")) {
                return `${name}${size}`;
              }
              return `${name} ${size}`;
            }
            return `${name}(${size})`;
          }
          return name;
        };
        const formatArrayBounds = (arrayBounds) => {
          return arrayBounds.map((bound) => {
            if (bound.Integer && bound.Integer.ival !== void 0 && bound.Integer.ival !== -1) {
              return `[${bound.Integer.ival}]`;
            }
            return "[]";
          }).join("");
        };
        if (names.length === 1) {
          const typeName = names[0];
          if (typeName === "char") {
            if (context.parentNodeTypes.includes("TypeCast") && args === "1") {
              output.push('"char"');
            } else {
              output.push(mods('"char"', args));
            }
            return output.join(" ");
          }
          let result2 = mods(quotes_1.QuoteUtils.quoteIdentifierTypeName(typeName), args);
          if (node.arrayBounds && node.arrayBounds.length > 0) {
            result2 += formatArrayBounds(node.arrayBounds);
          }
          output.push(result2);
          return output.join(" ");
        }
        if (names.length === 2) {
          const [catalog, type] = names;
          if (catalog === "pg_catalog" && type === "char") {
            output.push(mods("pg_catalog.char", args));
            return output.join(" ");
          }
          if (catalog === "pg_catalog") {
            let typeName = `${catalog}.${type}`;
            if (type === "bpchar" && args) {
              typeName = "char";
            } else if (type === "varchar") {
              typeName = "varchar";
            } else if (type === "numeric") {
              typeName = "numeric";
            } else if (type === "int4") {
              typeName = "int";
            } else if (type === "float8") {
              typeName = "double precision";
            } else if (type === "float4") {
              typeName = "real";
            } else if (type === "int8") {
              typeName = "bigint";
            } else if (type === "int2") {
              typeName = "smallint";
            } else if (type === "bool") {
              typeName = "boolean";
            } else if (type === "interval") {
              if (context.parentNodeTypes.includes("TypeCast")) {
                typeName = "interval";
              } else {
                typeName = "interval";
              }
            } else if (type === "timestamptz") {
              if (args) {
                typeName = `timestamp(${args}) with time zone`;
                args = null;
              } else {
                typeName = "timestamp with time zone";
              }
            } else if (type === "timetz") {
              if (args) {
                typeName = `time(${args}) with time zone`;
                args = null;
              } else {
                typeName = "time with time zone";
              }
            } else if (type === "timestamp") {
              if (args) {
                typeName = `timestamp(${args})`;
                args = null;
              } else {
                typeName = "timestamp";
              }
            } else if (type === "time") {
              if (args) {
                typeName = `time(${args})`;
                args = null;
              } else {
                typeName = "time";
              }
            }
            let result2 = mods(typeName, args);
            if (node.arrayBounds && node.arrayBounds.length > 0) {
              result2 += formatArrayBounds(node.arrayBounds);
            }
            output.push(result2);
            return output.join(" ");
          }
        }
        let result = mods(quotes_1.QuoteUtils.quoteTypeDottedName(names), args);
        if (node.arrayBounds && node.arrayBounds.length > 0) {
          result += formatArrayBounds(node.arrayBounds);
        }
        output.push(result);
        return output.join(" ");
      }
      Alias(node, context) {
        const name = node.aliasname;
        const output = [];
        if (node.colnames) {
          const colnames = list_utils_1.ListUtils.unwrapList(node.colnames);
          const quotedColnames = colnames.map((col) => {
            const colStr = this.deparse(col, context);
            if (colStr.startsWith('"') && colStr.endsWith('"')) {
              return colStr;
            }
            return this.quoteIfNeeded(colStr);
          });
          output.push("AS", this.quoteIfNeeded(name) + context.parens(quotedColnames.join(", ")));
        } else {
          output.push("AS", this.quoteIfNeeded(name));
        }
        return output.join(" ");
      }
      RangeVar(node, context) {
        const output = [];
        if (node && (!("inh" in node) || node.inh === void 0) && !context.parentNodeTypes.includes("CompositeTypeStmt") && (!context.parentNodeTypes.includes("AlterTypeStmt") && context.objtype !== "OBJECT_TYPE") && !context.parentNodeTypes.includes("CreateForeignTableStmt")) {
          output.push("ONLY");
        }
        let tableName2 = "";
        if (node.catalogname) {
          tableName2 = quotes_1.QuoteUtils.quoteIdentifier(node.catalogname);
          if (node.schemaname) {
            tableName2 += "." + quotes_1.QuoteUtils.quoteIdentifierAfterDot(node.schemaname);
          }
          tableName2 += "." + quotes_1.QuoteUtils.quoteIdentifierAfterDot(node.relname);
        } else if (node.schemaname) {
          tableName2 = quotes_1.QuoteUtils.quoteQualifiedIdentifier(node.schemaname, node.relname);
        } else {
          tableName2 = quotes_1.QuoteUtils.quoteIdentifier(node.relname);
        }
        output.push(tableName2);
        if (node.alias) {
          const aliasStr = this.Alias(node.alias, context);
          output.push(aliasStr);
        }
        const result = output.join(" ");
        return result;
      }
      formatIntervalTypeMods(typmods, context) {
        if (!typmods || typmods.length === 0) {
          return null;
        }
        const mods = list_utils_1.ListUtils.unwrapList(typmods);
        const intervalFields = {
          4: "year",
          2: "month",
          8: "day",
          1024: "hour",
          2048: "minute",
          4096: "second",
          6: "year to month",
          1032: "day to hour",
          3080: "day to minute",
          7176: "day to second",
          3072: "hour to minute",
          7168: "hour to second",
          6144: "minute to second"
        };
        if (mods.length === 1) {
          const mod = mods[0];
          if (mod && typeof mod === "object") {
            const aConst = mod.A_Const;
            if (aConst && aConst.ival !== void 0) {
              const ivalValue = typeof aConst.ival === "object" ? aConst.ival.ival : aConst.ival;
              if (ivalValue !== void 0) {
                if (intervalFields[ivalValue]) {
                  return intervalFields[ivalValue];
                }
                return `(${ivalValue})`;
              }
            }
          }
        }
        if (mods.length === 2) {
          const firstMod = mods[0];
          const secondMod = mods[1];
          if (firstMod && typeof firstMod === "object") {
            const firstConst = firstMod.A_Const;
            if (firstConst && firstConst.ival !== void 0) {
              const firstValue = typeof firstConst.ival === "object" ? firstConst.ival.ival : firstConst.ival;
              if (secondMod && typeof secondMod === "object") {
                const secondConst = secondMod.A_Const;
                if (secondConst && secondConst.ival !== void 0) {
                  const secondValue = typeof secondConst.ival === "object" ? secondConst.ival.ival !== void 0 ? secondConst.ival.ival : 0 : secondConst.ival;
                  if (firstValue === 32767 && secondValue >= 0) {
                    return `(${secondValue})`;
                  }
                  if (intervalFields[firstValue] && secondValue >= 0) {
                    return `${intervalFields[firstValue]}(${secondValue})`;
                  }
                }
              }
            }
          }
        }
        const fieldSpecs = mods.map((mod) => {
          if (mod && typeof mod === "object") {
            const aConst = mod.A_Const;
            if (aConst && aConst.ival !== void 0) {
              const ivalValue = typeof aConst.ival === "object" ? aConst.ival.ival : aConst.ival;
              if (ivalValue !== void 0) {
                return intervalFields[ivalValue] || ivalValue.toString();
              }
            }
          }
          const result = this.visit(mod, context);
          return result || "";
        }).filter(Boolean);
        return fieldSpecs.length > 0 ? fieldSpecs.join(" ") : null;
      }
      formatTypeMods(typmods, context) {
        if (!typmods || typmods.length === 0) {
          return null;
        }
        const mods = list_utils_1.ListUtils.unwrapList(typmods);
        const filteredMods = mods.filter((mod) => {
          if (mod && typeof mod === "object") {
            const aConst = mod.A_Const;
            if (aConst && aConst.ival) {
              const ivalValue = typeof aConst.ival === "object" ? aConst.ival.ival : aConst.ival;
              if (ivalValue === 32767) {
                return false;
              }
            }
          }
          return true;
        });
        if (filteredMods.length === 0) {
          return null;
        }
        return filteredMods.map((mod) => {
          return this.deparse(mod, context);
        }).join(", ");
      }
      formatSingleTypeMod(typemod, typeName) {
        switch (typeName) {
          case "varchar":
          case "bpchar":
          case "char":
            if (typemod > 4) {
              return (typemod - 64).toString();
            }
            break;
          case "numeric":
          case "decimal":
            if (typemod > 4) {
              const modValue = typemod - 4;
              const precision = modValue >> 16 & 65535;
              const scale = modValue & 65535;
              if (scale > 0) {
                return `${precision},${scale}`;
              } else {
                return precision.toString();
              }
            }
            break;
          case "time":
          case "timetz":
          case "timestamp":
          case "timestamptz":
          case "interval":
            if (typemod >= 0) {
              return typemod.toString();
            }
            break;
        }
        return null;
      }
      getPgCatalogTypeName(typeName, size) {
        switch (typeName) {
          case "bpchar":
            if (size != null) {
              return "char";
            }
            return "bpchar";
          case "varchar":
            return "varchar";
          case "numeric":
            return "numeric";
          case "bool":
            return "boolean";
          case "int2":
            return "smallint";
          case "int4":
            return "int";
          case "int8":
            return "bigint";
          case "real":
            return "float4";
          case "time":
            return "time";
          case "timestamp":
            return "timestamp";
          case "interval":
            return "interval";
          case "bit":
            return "bit";
          default:
            return typeName;
        }
      }
      isPgCatalogType(typeName) {
        const cleanTypeName = typeName.replace(/^pg_catalog\./, "");
        if (pgCatalogTypes.includes(cleanTypeName)) {
          return true;
        }
        for (const [realType, aliases] of pgCatalogTypeAliases) {
          if (aliases.includes(cleanTypeName)) {
            return true;
          }
        }
        return false;
      }
      A_ArrayExpr(node, context) {
        const elements = list_utils_1.ListUtils.unwrapList(node.elements);
        const elementStrs = elements.map((el) => this.visit(el, context));
        return `ARRAY[${elementStrs.join(", ")}]`;
      }
      A_Indices(node, context) {
        const output = [];
        if (node.is_slice) {
          if (node.lidx) {
            output.push(this.visit(node.lidx, context));
          }
          output.push(":");
          if (node.uidx) {
            output.push(this.visit(node.uidx, context));
          }
        } else {
          if (node.uidx) {
            output.push(this.visit(node.uidx, context));
          }
        }
        return `[${output.join("")}]`;
      }
      A_Indirection(node, context) {
        let argStr = this.visit(node.arg, context);
        const argType = this.getNodeType(node.arg);
        if (argType === "TypeCast" || argType === "SubLink" || argType === "A_Expr" || argType === "FuncCall" || argType === "A_Indirection" || argType === "ColumnRef" || argType === "RowExpr") {
          argStr = `(${argStr})`;
        }
        const output = [argStr];
        const indirection = list_utils_1.ListUtils.unwrapList(node.indirection);
        for (const subnode of indirection) {
          if (subnode.String || subnode.A_Star) {
            const value = subnode.A_Star ? "*" : quotes_1.QuoteUtils.quoteIdentifier(subnode.String.sval || subnode.String.str);
            output.push(`.${value}`);
          } else {
            output.push(this.visit(subnode, context));
          }
        }
        return output.join("");
      }
      A_Star(node, context) {
        return "*";
      }
      CaseExpr(node, context) {
        const output = ["CASE"];
        if (node.arg) {
          output.push(this.visit(node.arg, context));
        }
        const args = list_utils_1.ListUtils.unwrapList(node.args);
        if (context.isPretty() && args.length > 0) {
          for (const arg of args) {
            const whenClause = this.visit(arg, context);
            if (this.containsMultilineStringLiteral(whenClause)) {
              output.push(context.newline() + whenClause);
            } else {
              output.push(context.newline() + context.indent(whenClause));
            }
          }
          if (node.defresult) {
            const elseResult = this.visit(node.defresult, context);
            if (this.containsMultilineStringLiteral(elseResult)) {
              output.push(context.newline() + "ELSE " + elseResult);
            } else {
              output.push(context.newline() + context.indent("ELSE " + elseResult));
            }
          }
          output.push(context.newline() + "END");
          return output.join(" ");
        } else {
          for (const arg of args) {
            output.push(this.visit(arg, context));
          }
          if (node.defresult) {
            output.push("ELSE");
            output.push(this.visit(node.defresult, context));
          }
          output.push("END");
          return output.join(" ");
        }
      }
      CoalesceExpr(node, context) {
        const args = list_utils_1.ListUtils.unwrapList(node.args);
        const argStrs = args.map((arg) => this.visit(arg, context));
        return `COALESCE(${argStrs.join(", ")})`;
      }
      TypeCast(node, context) {
        const arg = this.visit(node.arg, context);
        const typeName = this.TypeName(node.typeName, context);
        if (typeName === "bpchar" || typeName === "pg_catalog.bpchar") {
          const names = node.typeName?.names;
          const isQualifiedBpchar = names && names.length === 2 && names[0]?.String?.sval === "pg_catalog" && names[1]?.String?.sval === "bpchar";
          if (isQualifiedBpchar) {
            return `CAST(${arg} AS ${typeName})`;
          }
        }
        if (this.isPgCatalogType(typeName)) {
          const argType = this.getNodeType(node.arg);
          const isSimpleArgument = argType === "A_Const" || argType === "ColumnRef";
          const isFunctionCall = argType === "FuncCall";
          if (isSimpleArgument || isFunctionCall) {
            const shouldUseCastSyntax = isSimpleArgument && (arg.includes("(") || arg.startsWith("-"));
            if (!shouldUseCastSyntax) {
              const cleanTypeName = typeName.replace("pg_catalog.", "");
              if (isFunctionCall) {
                return `${context.parens(arg)}::${cleanTypeName}`;
              }
              return `${arg}::${cleanTypeName}`;
            }
          }
        }
        return `CAST(${arg} AS ${typeName})`;
      }
      CollateClause(node, context) {
        const output = [];
        if (node.arg) {
          let argStr = this.visit(node.arg, context);
          const argType = this.getNodeType(node.arg);
          if (argType === "A_Expr" || argType === "FuncCall" || argType === "SubLink") {
            argStr = `(${argStr})`;
          }
          output.push(argStr);
        }
        output.push("COLLATE");
        if (node.collname) {
          const collname = list_utils_1.ListUtils.unwrapList(node.collname);
          output.push(collname.map((n) => this.visit(n, context)).join("."));
        }
        return output.join(" ");
      }
      BooleanTest(node, context) {
        const output = [];
        const boolContext = context.spawn("BooleanTest", { bool: true });
        output.push(this.visit(node.arg, boolContext));
        switch (node.booltesttype) {
          case "IS_TRUE":
            output.push("IS TRUE");
            break;
          case "IS_NOT_TRUE":
            output.push("IS NOT TRUE");
            break;
          case "IS_FALSE":
            output.push("IS FALSE");
            break;
          case "IS_NOT_FALSE":
            output.push("IS NOT FALSE");
            break;
          case "IS_UNKNOWN":
            output.push("IS UNKNOWN");
            break;
          case "IS_NOT_UNKNOWN":
            output.push("IS NOT UNKNOWN");
            break;
        }
        return output.join(" ");
      }
      NullTest(node, context) {
        const output = [];
        output.push(this.visit(node.arg, context));
        switch (node.nulltesttype) {
          case "IS_NULL":
            output.push("IS NULL");
            break;
          case "IS_NOT_NULL":
            output.push("IS NOT NULL");
            break;
        }
        return output.join(" ");
      }
      quoteIfNeeded(value) {
        return quotes_1.QuoteUtils.quoteIdentifier(value);
      }
      preserveOperatorDefElemCase(defName) {
        const caseMap = {
          leftarg: "Leftarg",
          rightarg: "Rightarg",
          procedure: "Procedure",
          function: "Function",
          commutator: "Commutator",
          negator: "Negator",
          restrict: "Restrict",
          join: "Join",
          hashes: "Hashes",
          merges: "Merges"
        };
        return caseMap[defName.toLowerCase()] || defName;
      }
      String(node, context) {
        if (context.isStringLiteral || context.isEnumValue) {
          return quotes_1.QuoteUtils.formatEString(node.sval || "");
        }
        const value = node.sval || "";
        if (context.parentNodeTypes.includes("DefElem") || context.parentNodeTypes.includes("CreateOpClassItem")) {
          return value;
        }
        if (context.parentNodeTypes.includes("ObjectWithArgs")) {
          const pureOperatorRegex = /^[+\-*/<>=~!@#%^&|`?]+$/;
          if (pureOperatorRegex.test(value)) {
            return value;
          }
        }
        return quotes_1.QuoteUtils.quoteIdentifier(value);
      }
      Integer(node, context) {
        return node.ival?.toString() || "0";
      }
      Float(node, context) {
        return node.fval || "0.0";
      }
      Boolean(node, context) {
        return node.boolval ? "true" : "false";
      }
      BitString(node, context) {
        if (node.bsval.startsWith("x")) {
          return `x'${node.bsval.substring(1)}'`;
        }
        if (node.bsval.startsWith("b")) {
          return `b'${node.bsval.substring(1)}'`;
        }
        return `b'${node.bsval}'`;
      }
      Null(node, context) {
        return "NULL";
      }
      List(node, context) {
        if (!node.items || node.items.length === 0) {
          return "";
        }
        return node.items.map((item) => this.visit(item, context)).join(", ");
      }
      CreateStmt(node, context) {
        const output = ["CREATE"];
        if (node.relation && node.relation.relpersistence === "t") {
          output.push("TEMPORARY");
        } else if (node.relation && node.relation.relpersistence === "u") {
          output.push("UNLOGGED");
        }
        if (node.if_not_exists) {
          output.push("TABLE IF NOT EXISTS");
        } else {
          output.push("TABLE");
        }
        output.push(this.RangeVar(node.relation, context));
        if (node.ofTypename) {
          output.push("OF");
          output.push(this.TypeName(node.ofTypename, context));
          if (node.tableElts) {
            const elements = list_utils_1.ListUtils.unwrapList(node.tableElts);
            const elementStrs = elements.map((el) => {
              return this.deparse(el, context);
            });
            output.push(context.parens(elementStrs.join(", ")));
          }
        } else if (node.tableElts && !node.partbound) {
          const elements = list_utils_1.ListUtils.unwrapList(node.tableElts);
          const elementStrs = elements.map((el) => {
            return this.deparse(el, context.spawn("CreateStmt"));
          });
          if (context.isPretty()) {
            const formattedElements = elementStrs.map((el) => {
              const trimmedEl = el.trim();
              if (trimmedEl.startsWith("\n")) {
                return context.indent(trimmedEl.substring(1));
              }
              return context.indent(trimmedEl);
            }).join("," + context.newline());
            output.push("(" + context.newline() + formattedElements + context.newline() + ")");
          } else {
            output.push(context.parens(elementStrs.join(", ")));
          }
        } else if (!node.partbound) {
          output.push(context.parens(""));
        }
        if (node.partbound && node.inhRelations && node.inhRelations.length > 0) {
          output.push("PARTITION OF");
          const inherits = list_utils_1.ListUtils.unwrapList(node.inhRelations);
          const inheritStrs = inherits.map((rel) => this.visit(rel, context));
          output.push(inheritStrs[0]);
          if (node.tableElts) {
            const elementStrs = list_utils_1.ListUtils.unwrapList(node.tableElts).map((el) => {
              return this.deparse(el, context.spawn("CreateStmt"));
            });
            output.push(context.parens(elementStrs.join(", ")));
          }
          if (node.partbound.is_default) {
            output.push("DEFAULT");
          } else if (node.partbound.strategy === "l" && node.partbound.listdatums) {
            output.push("FOR VALUES IN");
            const listValues = list_utils_1.ListUtils.unwrapList(node.partbound.listdatums).map((datum) => this.visit(datum, context)).join(", ");
            output.push(`(${listValues})`);
          } else if (node.partbound.strategy === "r" && (node.partbound.lowerdatums || node.partbound.upperdatums)) {
            output.push("FOR VALUES FROM");
            if (node.partbound.lowerdatums) {
              const lowerValues = list_utils_1.ListUtils.unwrapList(node.partbound.lowerdatums).map((datum) => this.visit(datum, context)).join(", ");
              output.push(`(${lowerValues})`);
            }
            if (node.partbound.upperdatums) {
              output.push("TO");
              const upperValues = list_utils_1.ListUtils.unwrapList(node.partbound.upperdatums).map((datum) => this.visit(datum, context)).join(", ");
              output.push(`(${upperValues})`);
            }
          } else if (node.partbound.strategy === "h") {
            output.push("FOR VALUES WITH");
            output.push(`(MODULUS ${node.partbound.modulus ?? 0}, REMAINDER ${node.partbound.remainder ?? 0})`);
          }
        } else if (node.inhRelations) {
          output.push("INHERITS");
          const inherits = list_utils_1.ListUtils.unwrapList(node.inhRelations);
          const inheritStrs = inherits.map((rel) => this.visit(rel, context));
          output.push(context.parens(inheritStrs.join(", ")));
        }
        if (node.partspec) {
          output.push("PARTITION BY");
          switch (node.partspec.strategy) {
            case "PARTITION_STRATEGY_HASH":
              output.push("HASH");
              break;
            case "PARTITION_STRATEGY_LIST":
              output.push("LIST");
              break;
            case "PARTITION_STRATEGY_RANGE":
              output.push("RANGE");
              break;
          }
          if (node.partspec.partParams && node.partspec.partParams.length > 0) {
            const partParams = list_utils_1.ListUtils.unwrapList(node.partspec.partParams).map((param) => this.visit(param, context)).join(", ");
            output.push(`(${partParams})`);
          }
        }
        if (node.oncommit && node.oncommit !== "ONCOMMIT_NOOP") {
          output.push("ON COMMIT");
          switch (node.oncommit) {
            case "ONCOMMIT_PRESERVE_ROWS":
              output.push("PRESERVE ROWS");
              break;
            case "ONCOMMIT_DELETE_ROWS":
              output.push("DELETE ROWS");
              break;
            case "ONCOMMIT_DROP":
              output.push("DROP");
              break;
          }
        }
        if (node.options && node.options.length > 0) {
          const createStmtContext = context.spawn("CreateStmt");
          const optionStrs = node.options.map((option) => {
            return this.deparse(option, createStmtContext);
          });
          output.push("WITH", `(${optionStrs.join(", ")})`);
        }
        if (node.accessMethod) {
          output.push("USING");
          output.push(this.quoteIfNeeded(node.accessMethod));
        }
        return output.join(" ");
      }
      ColumnDef(node, context) {
        const output = [];
        if (node.colname) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.colname));
        }
        if (node.typeName) {
          output.push(this.TypeName(node.typeName, context));
        }
        if (node.storage_name) {
          output.push("STORAGE", node.storage_name.toUpperCase());
        }
        if (node.compression) {
          output.push("COMPRESSION", quotes_1.QuoteUtils.quoteIdentifier(node.compression));
        }
        if (node.fdwoptions && node.fdwoptions.length > 0) {
          output.push("OPTIONS");
          const columnContext = context.spawn("ColumnDef");
          const options = list_utils_1.ListUtils.unwrapList(node.fdwoptions).map((opt) => this.visit(opt, columnContext));
          output.push(`(${options.join(", ")})`);
        }
        if (node.collClause) {
          output.push(this.CollateClause(node.collClause, context));
        }
        if (node.constraints) {
          const constraints = list_utils_1.ListUtils.unwrapList(node.constraints);
          const constraintStrs = constraints.map((constraint) => {
            const columnConstraintContext = context.spawn("ColumnDef", { isColumnConstraint: true });
            return this.visit(constraint, columnConstraintContext);
          });
          output.push(...constraintStrs);
        }
        if (node.raw_default) {
          output.push("DEFAULT");
          output.push(this.visit(node.raw_default, context));
        }
        if (node.generated) {
          output.push("GENERATED ALWAYS AS");
          output.push(`(${node.generated})`);
          output.push("STORED");
        }
        if (node.is_not_null) {
          output.push("NOT NULL");
        }
        return output.join(" ");
      }
      Constraint(node, context) {
        const output = [];
        if (node.conname && (node.contype === "CONSTR_CHECK" || node.contype === "CONSTR_UNIQUE" || node.contype === "CONSTR_PRIMARY" || node.contype === "CONSTR_FOREIGN" || node.contype === "CONSTR_NOTNULL" || node.contype === "CONSTR_EXCLUSION")) {
          output.push("CONSTRAINT");
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.conname));
        }
        switch (node.contype) {
          case "CONSTR_NULL":
            output.push("NULL");
            break;
          case "CONSTR_NOTNULL":
            output.push("NOT NULL");
            if (node.keys && node.keys.length > 0 && !context.isColumnConstraint) {
              const keyList2 = list_utils_1.ListUtils.unwrapList(node.keys).map((key) => this.visit(key, context)).join(", ");
              output.push(keyList2);
            }
            if (node.is_no_inherit) {
              output.push("NO INHERIT");
            }
            if (node.skip_validation) {
              output.push("NOT VALID");
            }
            break;
          case "CONSTR_DEFAULT":
            output.push("DEFAULT");
            if (node.raw_expr) {
              const defaultExpr = this.visit(node.raw_expr, context);
              output.push(this.needsBExprParens(node.raw_expr) ? `(${defaultExpr})` : defaultExpr);
            }
            break;
          case "CONSTR_CHECK":
            if (context.isPretty() && !context.isColumnConstraint) {
              output.push("\n" + context.indent("CHECK"));
            } else {
              output.push("CHECK");
            }
            if (node.raw_expr) {
              if (context.isPretty()) {
                const checkExpr = this.visit(node.raw_expr, context);
                if (checkExpr.includes("\n")) {
                  output.push("(\n" + context.indent(checkExpr) + "\n)");
                } else {
                  output.push(`(${checkExpr})`);
                }
              } else {
                output.push(context.parens(this.visit(node.raw_expr, context)));
              }
            }
            if (node.is_enforced !== true && !context.isDomainConstraint) {
              output.push("NOT ENFORCED");
            } else if (node.skip_validation) {
              output.push("NOT VALID");
            }
            if (node.is_no_inherit && !context.isDomainConstraint) {
              output.push("NO INHERIT");
            }
            break;
          case "CONSTR_GENERATED":
            output.push("GENERATED");
            if (node.generated_when === "a") {
              output.push("ALWAYS");
            } else if (node.generated_when === "s") {
              output.push("BY DEFAULT");
            }
            output.push("AS");
            if (node.raw_expr) {
              output.push(context.parens(this.visit(node.raw_expr, context)));
            }
            output.push(node.generated_kind === "v" ? "VIRTUAL" : "STORED");
            break;
          case "CONSTR_IDENTITY":
            output.push("GENERATED");
            if (node.generated_when === "a") {
              output.push("ALWAYS");
            } else if (node.generated_when === "d" || node.generated_when === "s") {
              output.push("BY DEFAULT");
            }
            output.push("AS IDENTITY");
            if (node.options && node.options.length > 0) {
              const optionStrs = list_utils_1.ListUtils.unwrapList(node.options).map((option) => {
                if (option.DefElem) {
                  const defElem = option.DefElem;
                  if (defElem.defname === "sequence_name") {
                    if (defElem.arg && defElem.arg.List) {
                      const nameList = list_utils_1.ListUtils.unwrapList(defElem.arg).map((item) => this.visit(item, context)).join(".");
                      return `SEQUENCE NAME ${nameList}`;
                    }
                    return "SEQUENCE NAME";
                  } else if (defElem.defname === "start") {
                    const argValue2 = defElem.arg ? this.visit(defElem.arg, context) : "";
                    return `START WITH ${argValue2}`;
                  } else if (defElem.defname === "increment") {
                    const argValue2 = defElem.arg ? this.visit(defElem.arg, context) : "";
                    return `INCREMENT BY ${argValue2}`;
                  } else if (defElem.defname === "minvalue") {
                    if (defElem.arg) {
                      const argValue2 = this.visit(defElem.arg, context);
                      return `MINVALUE ${argValue2}`;
                    } else {
                      return "NO MINVALUE";
                    }
                  } else if (defElem.defname === "maxvalue") {
                    if (defElem.arg) {
                      const argValue2 = this.visit(defElem.arg, context);
                      return `MAXVALUE ${argValue2}`;
                    } else {
                      return "NO MAXVALUE";
                    }
                  } else if (defElem.defname === "cache") {
                    const argValue2 = defElem.arg ? this.visit(defElem.arg, context) : "";
                    return `CACHE ${argValue2}`;
                  } else if (defElem.defname === "cycle") {
                    const argValue2 = defElem.arg ? this.visit(defElem.arg, context) : "";
                    return argValue2 === "true" ? "CYCLE" : "NO CYCLE";
                  }
                  const argValue = defElem.arg ? this.visit(defElem.arg, context) : "";
                  return `${defElem.defname.toUpperCase()} ${argValue}`;
                }
                return this.visit(option, context);
              });
              if (context.isPretty()) {
                const indentedOptions = optionStrs.map((option) => context.indent(option));
                output.push("(\n" + indentedOptions.join("\n") + "\n)");
              } else {
                output.push(`(${optionStrs.join(" ")})`);
              }
            }
            break;
          case "CONSTR_PRIMARY":
            output.push("PRIMARY KEY");
            if (node.keys && node.keys.length > 0) {
              const keyItems = list_utils_1.ListUtils.unwrapList(node.keys).map((key) => this.visit(key, context));
              if (node.without_overlaps) {
                keyItems[keyItems.length - 1] += " WITHOUT OVERLAPS";
              }
              output.push(`(${keyItems.join(", ")})`);
            }
            if (node.indexname) {
              output.push("USING INDEX");
              output.push(node.indexname);
            }
            break;
          case "CONSTR_UNIQUE":
            if (context.isPretty() && !context.isColumnConstraint) {
              output.push("\n" + context.indent("UNIQUE"));
            } else {
              output.push("UNIQUE");
            }
            if (node.nulls_not_distinct) {
              output.push("NULLS NOT DISTINCT");
            }
            if (node.keys && node.keys.length > 0) {
              const keyItems = list_utils_1.ListUtils.unwrapList(node.keys).map((key) => this.visit(key, context));
              if (node.without_overlaps) {
                keyItems[keyItems.length - 1] += " WITHOUT OVERLAPS";
              }
              output.push(`(${keyItems.join(", ")})`);
            }
            if (node.indexname) {
              output.push("USING INDEX");
              output.push(node.indexname);
            }
            break;
          case "CONSTR_FOREIGN":
            if (!context.isColumnConstraint) {
              if (context.isPretty()) {
                output.push("\n" + context.indent("FOREIGN KEY"));
                if (node.fk_attrs && node.fk_attrs.length > 0) {
                  output.push(`(${this.deparseKeyAttrs(node.fk_attrs, node.fk_with_period, context)})`);
                }
                output.push("\n" + context.indent("REFERENCES"));
              } else {
                output.push("FOREIGN KEY");
                if (node.fk_attrs && node.fk_attrs.length > 0) {
                  output.push(`(${this.deparseKeyAttrs(node.fk_attrs, node.fk_with_period, context)})`);
                }
                output.push("REFERENCES");
              }
            } else {
              output.push("REFERENCES");
            }
            if (node.pktable) {
              if (context.isPretty() && !context.isColumnConstraint) {
                const lastIndex = output.length - 1;
                if (lastIndex >= 0 && output[lastIndex].includes("REFERENCES")) {
                  output[lastIndex] += " " + this.RangeVar(node.pktable, context);
                } else {
                  output.push(this.RangeVar(node.pktable, context));
                }
              } else {
                output.push(this.RangeVar(node.pktable, context));
              }
            }
            if (node.pk_attrs && node.pk_attrs.length > 0) {
              const pkAttrs = this.deparseKeyAttrs(node.pk_attrs, node.pk_with_period, context);
              if (context.isPretty() && !context.isColumnConstraint) {
                const lastIndex = output.length - 1;
                if (lastIndex >= 0) {
                  output[lastIndex] += ` (${pkAttrs})`;
                } else {
                  output.push(`(${pkAttrs})`);
                }
              } else {
                output.push(`(${pkAttrs})`);
              }
            }
            if (node.fk_matchtype && node.fk_matchtype !== "s") {
              let matchClause = "";
              switch (node.fk_matchtype) {
                case "f":
                  matchClause = "MATCH FULL";
                  break;
                case "p":
                  matchClause = "MATCH PARTIAL";
                  break;
              }
              if (context.isPretty() && !context.isColumnConstraint) {
                output.push("\n" + context.indent(matchClause));
              } else {
                output.push(matchClause);
              }
            }
            if (node.fk_upd_action && node.fk_upd_action !== "a") {
              let updateClause = "ON UPDATE ";
              switch (node.fk_upd_action) {
                case "r":
                  updateClause += "RESTRICT";
                  break;
                case "c":
                  updateClause += "CASCADE";
                  break;
                case "n":
                  updateClause += "SET NULL";
                  break;
                case "d":
                  updateClause += "SET DEFAULT";
                  break;
              }
              if (context.isPretty()) {
                output.push("\n" + context.indent(updateClause));
              } else {
                output.push("ON UPDATE");
                output.push(updateClause.replace("ON UPDATE ", ""));
              }
            }
            if (node.fk_del_action && node.fk_del_action !== "a") {
              let deleteClause = "ON DELETE ";
              switch (node.fk_del_action) {
                case "r":
                  deleteClause += "RESTRICT";
                  break;
                case "c":
                  deleteClause += "CASCADE";
                  break;
                case "n":
                  deleteClause += "SET NULL";
                  break;
                case "d":
                  deleteClause += "SET DEFAULT";
                  break;
              }
              if ((node.fk_del_action === "n" || node.fk_del_action === "d") && node.fk_del_set_cols && node.fk_del_set_cols.length > 0) {
                const setColumns = list_utils_1.ListUtils.unwrapList(node.fk_del_set_cols).map((column) => {
                  const stringNode = column.String;
                  return quotes_1.QuoteUtils.quoteIdentifier(stringNode.sval || stringNode.str || "");
                }).join(", ");
                deleteClause += ` (${setColumns})`;
              }
              if (context.isPretty()) {
                output.push("\n" + context.indent(deleteClause));
              } else {
                output.push("ON DELETE");
                output.push(deleteClause.replace("ON DELETE ", ""));
              }
            }
            if (node.is_enforced !== true && !context.isDomainConstraint) {
              if (context.isPretty() && !context.isColumnConstraint) {
                output.push("\n" + context.indent("NOT ENFORCED"));
              } else {
                output.push("NOT ENFORCED");
              }
            } else if (node.skip_validation && !context.isDomainConstraint) {
              if (context.isPretty() && !context.isColumnConstraint) {
                output.push("\n" + context.indent("NOT VALID"));
              } else {
                output.push("NOT VALID");
              }
            }
            break;
          case "CONSTR_ATTR_DEFERRABLE":
            output.push("DEFERRABLE");
            break;
          case "CONSTR_ATTR_NOT_DEFERRABLE":
            output.push("NOT DEFERRABLE");
            break;
          case "CONSTR_ATTR_DEFERRED":
            output.push("INITIALLY DEFERRED");
            break;
          case "CONSTR_ATTR_IMMEDIATE":
            output.push("INITIALLY IMMEDIATE");
            break;
          case "CONSTR_ATTR_ENFORCED":
            output.push("ENFORCED");
            break;
          case "CONSTR_ATTR_NOT_ENFORCED":
            output.push("NOT ENFORCED");
            break;
          case "CONSTR_EXCLUSION":
            output.push("EXCLUDE");
            if (node.access_method) {
              output.push("USING");
              output.push(node.access_method);
            }
            if (node.exclusions && node.exclusions.length > 0) {
              const exclusionElements = list_utils_1.ListUtils.unwrapList(node.exclusions).map((elem) => {
                if (this.getNodeType(elem) === "List") {
                  const elemList = list_utils_1.ListUtils.unwrapList(elem);
                  if (elemList.length >= 2) {
                    const column = this.visit(elemList[0], context);
                    const operatorNode = elemList[1];
                    let operator2 = "";
                    if (this.getNodeType(operatorNode) === "List") {
                      const operatorList = list_utils_1.ListUtils.unwrapList(operatorNode);
                      if (operatorList.length > 0 && operatorList[0].String) {
                        operator2 = operatorList[0].String.sval;
                      }
                    } else if (operatorNode.String) {
                      operator2 = operatorNode.String.sval;
                    } else {
                      operator2 = this.visit(operatorNode, context);
                    }
                    return `${column} WITH ${operator2}`;
                  }
                }
                return this.visit(elem, context);
              });
              output.push(`(${exclusionElements.join(", ")})`);
            }
            if (node.where_clause) {
              output.push("WHERE");
              output.push(context.parens(this.visit(node.where_clause, context)));
            }
            break;
        }
        if (node.contype === "CONSTR_PRIMARY" || node.contype === "CONSTR_UNIQUE" || node.contype === "CONSTR_FOREIGN" || node.contype === "CONSTR_EXCLUSION") {
          if (node.deferrable) {
            if (context.isPretty() && node.contype === "CONSTR_FOREIGN") {
              output.push("\n" + context.indent("DEFERRABLE"));
              if (node.initdeferred === true) {
                output.push("\n" + context.indent("INITIALLY DEFERRED"));
              } else if (node.initdeferred === false) {
                output.push("\n" + context.indent("INITIALLY IMMEDIATE"));
              }
            } else {
              output.push("DEFERRABLE");
              if (node.initdeferred === true) {
                output.push("INITIALLY DEFERRED");
              } else if (node.initdeferred === false) {
                output.push("INITIALLY IMMEDIATE");
              }
            }
          } else if (node.deferrable === false) {
            if (context.isPretty() && node.contype === "CONSTR_FOREIGN") {
              output.push("\n" + context.indent("NOT DEFERRABLE"));
            } else {
              output.push("NOT DEFERRABLE");
            }
          } else if (node.initdeferred) {
            output.push("INITIALLY DEFERRED");
          }
        }
        if (context.isPretty() && node.contype === "CONSTR_FOREIGN") {
          let result = "";
          for (let i = 0; i < output.length; i++) {
            if (output[i].startsWith("\n")) {
              result += output[i];
            } else {
              if (i > 0 && !output[i - 1].startsWith("\n")) {
                result += " ";
              }
              result += output[i];
            }
          }
          return result;
        }
        return output.join(" ");
      }
      SubLink(node, context) {
        const subselect = context.parens(this.visit(node.subselect, context));
        switch (node.subLinkType) {
          case "ANY_SUBLINK":
            if (node.testexpr && node.operName) {
              const testExpr = this.visit(node.testexpr, context);
              const operator2 = this.deparseOperatorName(node.operName, context);
              return `${testExpr} ${operator2} ANY ${subselect}`;
            } else if (node.testexpr) {
              const testExpr = this.visit(node.testexpr, context);
              return `${testExpr} IN ${subselect}`;
            }
            return subselect;
          case "ALL_SUBLINK":
            if (node.testexpr && node.operName) {
              const testExpr = this.visit(node.testexpr, context);
              const operator2 = this.deparseOperatorName(node.operName, context);
              return `${testExpr} ${operator2} ALL ${subselect}`;
            }
            return subselect;
          case "EXISTS_SUBLINK":
            return `EXISTS ${subselect}`;
          case "ARRAY_SUBLINK":
            return `ARRAY${subselect}`;
          case "EXPR_SUBLINK":
          default:
            return subselect;
        }
      }
      CaseWhen(node, context) {
        const output = ["WHEN"];
        if (node.expr) {
          output.push(this.visit(node.expr, context));
        }
        output.push("THEN");
        if (node.result) {
          output.push(this.visit(node.result, context));
        }
        return output.join(" ");
      }
      WindowDef(node, context) {
        const output = [];
        if (node.name) {
          output.push(node.name);
        }
        const windowParts = [];
        if (node.refname) {
          windowParts.push(node.refname);
        }
        if (node.partitionClause) {
          const partitions = list_utils_1.ListUtils.unwrapList(node.partitionClause);
          const partitionStrs = partitions.map((p) => this.visit(p, context));
          windowParts.push(`PARTITION BY ${partitionStrs.join(", ")}`);
        }
        if (node.orderClause) {
          const orders = list_utils_1.ListUtils.unwrapList(node.orderClause);
          const orderStrs = orders.map((o) => this.visit(o, context));
          windowParts.push(`ORDER BY ${orderStrs.join(", ")}`);
        }
        const frameClause = this.formatWindowFrame(node, context.spawn("WindowDef"));
        if (frameClause) {
          windowParts.push(frameClause);
        }
        if (windowParts.length > 0) {
          if (node.name) {
            output.push("AS");
          }
          output.push(`(${windowParts.join(" ")})`);
        } else if (node.name) {
          output.push("AS");
          output.push("()");
        } else if (output.length === 0) {
          output.push("()");
        }
        return output.join(" ");
      }
      formatIdentityColumnOptions(def, context) {
        const seqContext = context.spawn("AlterSeqStmt");
        return list_utils_1.ListUtils.unwrapList(def).map((item) => {
          const el = item.DefElem;
          if (!el)
            return this.visit(item, context);
          if (el.defname === "generated") {
            const ival = el.arg?.Integer?.ival ?? 0;
            return ival === 97 ? "SET GENERATED ALWAYS" : "SET GENERATED BY DEFAULT";
          }
          if (el.defname === "restart") {
            return el.arg ? `RESTART WITH ${this.visit(el.arg, context)}` : "RESTART";
          }
          return `SET ${this.visit(item, seqContext)}`;
        }).join(" ");
      }
      // b_expr (used by DEFAULT) excludes IN/LIKE/BETWEEN and boolean operators.
      needsBExprParens(node) {
        const nodeType = this.getNodeType(node);
        if (nodeType === "BoolExpr")
          return true;
        if (nodeType === "A_Expr") {
          const kind = this.getNodeData(node).kind;
          return kind !== "AEXPR_OP" && kind !== "AEXPR_DISTINCT" && kind !== "AEXPR_NOT_DISTINCT";
        }
        return false;
      }
      formatWindowFrame(node, context) {
        if (!node.frameOptions || !(node.frameOptions & FRAMEOPTION_NONDEFAULT))
          return null;
        const frameOptions = node.frameOptions;
        const frameParts = [];
        if (frameOptions & FRAMEOPTION_RANGE) {
          frameParts.push("RANGE");
        } else if (frameOptions & FRAMEOPTION_ROWS) {
          frameParts.push("ROWS");
        } else if (frameOptions & FRAMEOPTION_GROUPS) {
          frameParts.push("GROUPS");
        }
        if (frameParts.length === 0)
          return null;
        let start = null;
        if (frameOptions & FRAMEOPTION_START_UNBOUNDED_PRECEDING) {
          start = "UNBOUNDED PRECEDING";
        } else if (frameOptions & FRAMEOPTION_START_UNBOUNDED_FOLLOWING) {
          start = "UNBOUNDED FOLLOWING";
        } else if (frameOptions & FRAMEOPTION_START_CURRENT_ROW) {
          start = "CURRENT ROW";
        } else if (frameOptions & FRAMEOPTION_START_OFFSET_PRECEDING && node.startOffset) {
          start = `${this.visit(node.startOffset, context)} PRECEDING`;
        } else if (frameOptions & FRAMEOPTION_START_OFFSET_FOLLOWING && node.startOffset) {
          start = `${this.visit(node.startOffset, context)} FOLLOWING`;
        }
        let end = null;
        if (frameOptions & FRAMEOPTION_END_UNBOUNDED_PRECEDING) {
          end = "UNBOUNDED PRECEDING";
        } else if (frameOptions & FRAMEOPTION_END_UNBOUNDED_FOLLOWING) {
          end = "UNBOUNDED FOLLOWING";
        } else if (frameOptions & FRAMEOPTION_END_CURRENT_ROW) {
          end = "CURRENT ROW";
        } else if (frameOptions & FRAMEOPTION_END_OFFSET_PRECEDING && node.endOffset) {
          end = `${this.visit(node.endOffset, context)} PRECEDING`;
        } else if (frameOptions & FRAMEOPTION_END_OFFSET_FOLLOWING && node.endOffset) {
          end = `${this.visit(node.endOffset, context)} FOLLOWING`;
        }
        if (start) {
          if (frameOptions & FRAMEOPTION_BETWEEN) {
            frameParts.push(`BETWEEN ${start} AND ${end ?? "CURRENT ROW"}`);
          } else {
            frameParts.push(start);
          }
        }
        if (frameOptions & FRAMEOPTION_EXCLUDE_CURRENT_ROW) {
          frameParts.push("EXCLUDE CURRENT ROW");
        } else if (frameOptions & FRAMEOPTION_EXCLUDE_GROUP) {
          frameParts.push("EXCLUDE GROUP");
        } else if (frameOptions & FRAMEOPTION_EXCLUDE_TIES) {
          frameParts.push("EXCLUDE TIES");
        }
        return frameParts.join(" ");
      }
      SortBy(node, context) {
        const output = [];
        if (node.node) {
          output.push(this.visit(node.node, context));
        }
        if (node.sortby_dir === "SORTBY_USING" && node.useOp) {
          output.push("USING");
          const useOp = list_utils_1.ListUtils.unwrapList(node.useOp);
          output.push(useOp.map((op) => {
            if (op.String && op.String.sval) {
              return op.String.sval;
            }
            return this.visit(op, context);
          }).join("."));
        } else if (node.sortby_dir === "SORTBY_ASC") {
          output.push("ASC");
        } else if (node.sortby_dir === "SORTBY_DESC") {
          output.push("DESC");
        }
        if (node.sortby_nulls === "SORTBY_NULLS_FIRST") {
          output.push("NULLS FIRST");
        } else if (node.sortby_nulls === "SORTBY_NULLS_LAST") {
          output.push("NULLS LAST");
        }
        return output.join(" ");
      }
      GroupingSet(node, context) {
        switch (node.kind) {
          case "GROUPING_SET_EMPTY":
            return "()";
          case "GROUPING_SET_SIMPLE":
            return "";
          case "GROUPING_SET_ROLLUP":
            const rollupContent = list_utils_1.ListUtils.unwrapList(node.content);
            const rollupStrs = rollupContent.map((c) => this.visit(c, context));
            return `ROLLUP (${rollupStrs.join(", ")})`;
          case "GROUPING_SET_CUBE":
            const cubeContent = list_utils_1.ListUtils.unwrapList(node.content);
            const cubeStrs = cubeContent.map((c) => this.visit(c, context));
            return `CUBE (${cubeStrs.join(", ")})`;
          case "GROUPING_SET_SETS":
            const setsContent = list_utils_1.ListUtils.unwrapList(node.content);
            const setsStrs = setsContent.map((c) => this.visit(c, context));
            return `GROUPING SETS (${setsStrs.join(", ")})`;
          default:
            return "";
        }
      }
      CommonTableExpr(node, context) {
        const output = [];
        if (node.ctename) {
          output.push(node.ctename);
        }
        if (node.aliascolnames) {
          const colnames = list_utils_1.ListUtils.unwrapList(node.aliascolnames);
          const colnameStrs = colnames.map((col) => this.visit(col, context));
          output[output.length - 1] += context.parens(colnameStrs.join(", "));
        }
        output.push("AS");
        if (node.ctematerialized === "CTEMaterializeNever") {
          output.push("NOT MATERIALIZED");
        } else if (node.ctematerialized === "CTEMaterializeAlways") {
          output.push("MATERIALIZED");
        }
        if (node.ctequery) {
          output.push(context.parens(this.visit(node.ctequery, context)));
        }
        if (node.search_clause) {
          const sc = node.search_clause;
          const cols = list_utils_1.ListUtils.unwrapList(sc.search_col_list).map((c) => this.visit(c, context));
          output.push("SEARCH", sc.search_breadth_first ? "BREADTH" : "DEPTH", "FIRST BY");
          output.push(cols.join(", "));
          output.push("SET", quotes_1.QuoteUtils.quoteIdentifier(sc.search_seq_column));
        }
        if (node.cycle_clause) {
          const cc = node.cycle_clause;
          const cols = list_utils_1.ListUtils.unwrapList(cc.cycle_col_list).map((c) => this.visit(c, context));
          output.push("CYCLE", cols.join(", "));
          output.push("SET", quotes_1.QuoteUtils.quoteIdentifier(cc.cycle_mark_column));
          if (cc.cycle_mark_value && cc.cycle_mark_default) {
            output.push("TO", this.formatAexprConst(cc.cycle_mark_value, context));
            output.push("DEFAULT", this.formatAexprConst(cc.cycle_mark_default, context));
          }
          output.push("USING", quotes_1.QuoteUtils.quoteIdentifier(cc.cycle_path_column));
        }
        return output.join(" ");
      }
      // Renders a constant in the restricted AexprConst grammar (e.g. `point '(1,1)'`
      // rather than `CAST('(1,1)' AS point)`).
      formatAexprConst(node, context) {
        const cast = node.TypeCast;
        if (cast?.arg?.A_Const?.sval && cast.typeName) {
          return `${this.TypeName(cast.typeName, context)} ${this.visit(cast.arg, context)}`;
        }
        return this.visit(node, context);
      }
      ParamRef(node, context) {
        return `$${node.number}`;
      }
      LockingClause(node, context) {
        const output = [];
        switch (node.strength) {
          case "LCS_FORUPDATE":
            output.push("FOR UPDATE");
            break;
          case "LCS_FORSHARE":
            output.push("FOR SHARE");
            break;
          case "LCS_FORKEYSHARE":
            output.push("FOR KEY SHARE");
            break;
          case "LCS_FORNOKEYUPDATE":
            output.push("FOR NO KEY UPDATE");
            break;
          default:
            throw new Error(`Unsupported locking strength: ${node.strength}`);
        }
        if (node.lockedRels && node.lockedRels.length > 0) {
          output.push("OF");
          const relations = list_utils_1.ListUtils.unwrapList(node.lockedRels).map((rel) => this.visit(rel, context)).join(", ");
          output.push(relations);
        }
        if (node.waitPolicy === "LockWaitSkip") {
          output.push("SKIP LOCKED");
        } else if (node.waitPolicy === "LockWaitError") {
          output.push("NOWAIT");
        }
        return output.join(" ");
      }
      MinMaxExpr(node, context) {
        const args = list_utils_1.ListUtils.unwrapList(node.args);
        const argStrs = args.map((arg) => this.visit(arg, context));
        if (node.op === "IS_GREATEST") {
          return `GREATEST(${argStrs.join(", ")})`;
        } else {
          return `LEAST(${argStrs.join(", ")})`;
        }
      }
      RowExpr(node, context) {
        const args = list_utils_1.ListUtils.unwrapList(node.args);
        const argStrs = args.map((arg) => this.visit(arg, context));
        if (node.row_format === "COERCE_IMPLICIT_CAST") {
          return `(${argStrs.join(", ")})`;
        }
        return `ROW(${argStrs.join(", ")})`;
      }
      OpExpr(node, context) {
        const args = list_utils_1.ListUtils.unwrapList(node.args);
        if (args.length === 2) {
          const left = this.visit(args[0], context);
          const right = this.visit(args[1], context);
          const opname = this.getOperatorName(node.opno);
          return `${left} ${opname} ${right}`;
        } else if (args.length === 1) {
          const arg = this.visit(args[0], context);
          const opname = this.getOperatorName(node.opno);
          return `${opname} ${arg}`;
        }
        throw new Error(`Unsupported OpExpr with ${args.length} arguments`);
      }
      DistinctExpr(node, context) {
        const args = list_utils_1.ListUtils.unwrapList(node.args);
        if (args.length === 2) {
          const literalContext = context.spawn("DistinctExpr", { isStringLiteral: true });
          const left = this.visit(args[0], literalContext);
          const right = this.visit(args[1], literalContext);
          return `${left} IS DISTINCT FROM ${right}`;
        }
        throw new Error(`DistinctExpr requires exactly 2 arguments, got ${args.length}`);
      }
      NullIfExpr(node, context) {
        const args = list_utils_1.ListUtils.unwrapList(node.args);
        if (args.length === 2) {
          const literalContext = context.spawn("NullIfExpr", { isStringLiteral: true });
          const left = this.visit(args[0], literalContext);
          const right = this.visit(args[1], literalContext);
          return `NULLIF(${left}, ${right})`;
        }
        throw new Error(`NullIfExpr requires exactly 2 arguments, got ${args.length}`);
      }
      ScalarArrayOpExpr(node, context) {
        const args = list_utils_1.ListUtils.unwrapList(node.args);
        if (args.length === 2) {
          const left = this.visit(args[0], context);
          const right = this.visit(args[1], context);
          const operator2 = node.useOr ? "ANY" : "ALL";
          const opname = this.getOperatorName(node.opno);
          return `${left} ${opname} ${operator2}(${right})`;
        }
        throw new Error(`ScalarArrayOpExpr requires exactly 2 arguments, got ${args.length}`);
      }
      Aggref(node, context) {
        const funcName = this.getAggFunctionName(node.aggfnoid);
        let result = funcName + "(";
        const hasDistinct = node.aggdistinct && node.aggdistinct.length > 0;
        if (node.args && node.args.length > 0) {
          const args = list_utils_1.ListUtils.unwrapList(node.args);
          const argStrs = args.map((arg) => this.visit(arg, context));
          if (hasDistinct) {
            result += "DISTINCT " + argStrs.join(", ");
          } else {
            result += argStrs.join(", ");
          }
        } else if (funcName.toUpperCase() === "COUNT") {
          if (hasDistinct) {
            result += "DISTINCT *";
          } else {
            result += "*";
          }
        }
        result += ")";
        if (node.aggorder && node.aggorder.length > 0) {
          result += " ORDER BY ";
          const orderItems = list_utils_1.ListUtils.unwrapList(node.aggorder);
          const orderStrs = orderItems.map((item) => this.visit(item, context));
          result += orderStrs.join(", ");
        }
        return result;
      }
      WindowFunc(node, context) {
        const funcName = this.getWindowFunctionName(node.winfnoid);
        let result = funcName + "(";
        if (node.args && node.args.length > 0) {
          const args = list_utils_1.ListUtils.unwrapList(node.args);
          const argStrs = args.map((arg) => this.visit(arg, context));
          result += argStrs.join(", ");
        }
        result += ") OVER (";
        if (node.winref && typeof node.winref === "object") {
          result += this.visit(node.winref, context);
        } else if (node.winref) {
          result += "ORDER BY created_at ASC";
        }
        result += ")";
        return result;
      }
      FieldSelect(node, context) {
        const output = [];
        if (node.arg) {
          output.push(this.visit(node.arg, context));
        }
        if (node.fieldnum !== void 0) {
          output.push(`.field_${node.fieldnum}`);
        }
        return output.join("");
      }
      RelabelType(node, context) {
        if (node.arg) {
          const literalContext = context.spawn("RelabelType", { isStringLiteral: true });
          return this.visit(node.arg, literalContext);
        }
        return "";
      }
      CoerceViaIO(node, context) {
        if (node.arg) {
          return this.visit(node.arg, context);
        }
        return "";
      }
      ArrayCoerceExpr(node, context) {
        if (node.arg) {
          return this.visit(node.arg, context);
        }
        return "";
      }
      ConvertRowtypeExpr(node, context) {
        if (node.arg) {
          const literalContext = context.spawn("ConvertRowtypeExpr", { isStringLiteral: true });
          return this.visit(node.arg, literalContext);
        }
        return "";
      }
      NamedArgExpr(node, context) {
        const output = [];
        if (node.name) {
          output.push(node.name);
          output.push("=>");
        }
        if (node.arg) {
          output.push(this.visit(node.arg, context));
        }
        return output.join(" ");
      }
      ViewStmt(node, context) {
        const output = [];
        output.push("CREATE");
        if (node.replace) {
          output.push("OR REPLACE");
        }
        if (node.view && node.view.relpersistence === "t") {
          output.push("TEMPORARY");
        }
        output.push("VIEW");
        if (node.view) {
          output.push(this.RangeVar(node.view, context));
        }
        if (node.aliases && node.aliases.length > 0) {
          const aliasStrs = list_utils_1.ListUtils.unwrapList(node.aliases).map((alias) => this.visit(alias, context));
          output.push(context.parens(aliasStrs.join(", ")));
        }
        if (node.options && node.options.length > 0) {
          const viewContext = context.spawn("ViewStmt");
          const optionStrs = list_utils_1.ListUtils.unwrapList(node.options).map((option) => this.visit(option, viewContext));
          output.push(`WITH (${optionStrs.join(", ")})`);
        }
        output.push("AS");
        if (node.query) {
          output.push(this.visit(node.query, context));
        }
        if (node.withCheckOption) {
          switch (node.withCheckOption) {
            case "CASCADED_CHECK_OPTION":
              output.push("WITH CASCADED CHECK OPTION");
              break;
            case "LOCAL_CHECK_OPTION":
              output.push("WITH LOCAL CHECK OPTION");
              break;
          }
        }
        return output.join(" ");
      }
      IndexStmt(node, context) {
        const output = [];
        output.push("CREATE");
        if (node.unique) {
          output.push("UNIQUE");
        }
        output.push("INDEX");
        if (node.concurrent) {
          output.push("CONCURRENTLY");
        }
        if (node.if_not_exists) {
          output.push("IF NOT EXISTS");
        }
        if (node.idxname) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.idxname));
        }
        output.push("ON");
        if (node.relation) {
          output.push(this.RangeVar(node.relation, context));
        }
        if (node.accessMethod && node.accessMethod !== "btree") {
          output.push("USING");
          output.push(node.accessMethod);
        }
        if (node.indexParams && node.indexParams.length > 0) {
          const paramStrs = list_utils_1.ListUtils.unwrapList(node.indexParams).map((param) => this.visit(param, context));
          output.push(context.parens(paramStrs.join(", ")));
        }
        if (node.indexIncludingParams && node.indexIncludingParams.length > 0) {
          const includeStrs = list_utils_1.ListUtils.unwrapList(node.indexIncludingParams).map((param) => this.visit(param, context));
          output.push("INCLUDE");
          output.push(context.parens(includeStrs.join(", ")));
        }
        if (node.nulls_not_distinct) {
          output.push("NULLS NOT DISTINCT");
        }
        if (node.options && node.options.length > 0) {
          const indexContext = context.spawn("IndexStmt");
          const optionStrs = list_utils_1.ListUtils.unwrapList(node.options).map((option) => this.visit(option, indexContext));
          output.push("WITH");
          output.push(context.parens(optionStrs.join(", ")));
        }
        if (node.tableSpace) {
          output.push("TABLESPACE");
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.tableSpace));
        }
        if (node.whereClause) {
          output.push("WHERE");
          output.push(this.visit(node.whereClause, context));
        }
        return output.join(" ");
      }
      IndexElem(node, context) {
        const output = [];
        if (node.name) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
        } else if (node.expr) {
          output.push(context.parens(this.visit(node.expr, context)));
        }
        if (node.collation && node.collation.length > 0) {
          const collationStrs = list_utils_1.ListUtils.unwrapList(node.collation).map((coll) => this.visit(coll, context));
          output.push("COLLATE");
          output.push(collationStrs.join("."));
        }
        if (node.opclass && node.opclass.length > 0) {
          const opclassStrs = list_utils_1.ListUtils.unwrapList(node.opclass).map((op) => this.visit(op, context));
          let opclassStr = opclassStrs.join(".");
          if (node.opclassopts && node.opclassopts.length > 0) {
            const opclassOpts = list_utils_1.ListUtils.unwrapList(node.opclassopts).map((opt) => {
              if (opt.DefElem && opt.DefElem.arg && this.getNodeType(opt.DefElem.arg) === "String") {
                const stringData = this.getNodeData(opt.DefElem.arg);
                return `${opt.DefElem.defname}='${stringData.sval}'`;
              }
              return this.visit(opt, context.spawn("IndexElem"));
            });
            opclassStr += `(${opclassOpts.join(", ")})`;
          }
          output.push(opclassStr);
        }
        if (node.ordering) {
          switch (node.ordering) {
            case "SORTBY_ASC":
              output.push("ASC");
              break;
            case "SORTBY_DESC":
              output.push("DESC");
              break;
          }
        }
        if (node.nulls_ordering) {
          switch (node.nulls_ordering) {
            case "SORTBY_NULLS_FIRST":
              output.push("NULLS FIRST");
              break;
            case "SORTBY_NULLS_LAST":
              output.push("NULLS LAST");
              break;
          }
        }
        return output.join(" ");
      }
      PartitionElem(node, context) {
        const output = [];
        if (node.name) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
        } else if (node.expr) {
          output.push(context.parens(this.visit(node.expr, context)));
        }
        if (node.collation && node.collation.length > 0) {
          const collationStrs = list_utils_1.ListUtils.unwrapList(node.collation).map((coll) => this.visit(coll, context));
          output.push("COLLATE");
          output.push(collationStrs.join("."));
        }
        if (node.opclass && node.opclass.length > 0) {
          const opclassStrs = list_utils_1.ListUtils.unwrapList(node.opclass).map((op) => this.visit(op, context));
          output.push(opclassStrs.join("."));
        }
        return output.join(" ");
      }
      PartitionCmd(node, context) {
        const output = [];
        if (node.name) {
          output.push(this.RangeVar(node.name, context));
        }
        if (node.concurrent) {
          output.push("CONCURRENTLY");
        }
        if (node.bound) {
          if (node.bound.strategy === "l" && node.bound.listdatums) {
            output.push("FOR VALUES IN");
            const listValues = list_utils_1.ListUtils.unwrapList(node.bound.listdatums).map((datum) => this.visit(datum, context)).join(", ");
            output.push(`(${listValues})`);
          } else if (node.bound.strategy === "r" && (node.bound.lowerdatums || node.bound.upperdatums)) {
            output.push("FOR VALUES FROM");
            if (node.bound.lowerdatums) {
              const lowerValues = list_utils_1.ListUtils.unwrapList(node.bound.lowerdatums).map((datum) => this.visit(datum, context)).join(", ");
              output.push(`(${lowerValues})`);
            }
            if (node.bound.upperdatums) {
              output.push("TO");
              const upperValues = list_utils_1.ListUtils.unwrapList(node.bound.upperdatums).map((datum) => this.visit(datum, context)).join(", ");
              output.push(`(${upperValues})`);
            }
          } else if (node.bound.strategy === "h") {
            output.push("FOR VALUES WITH");
            output.push(`(MODULUS ${node.bound.modulus ?? 0}, REMAINDER ${node.bound.remainder ?? 0})`);
          } else if (node.bound.is_default) {
            output.push("DEFAULT");
          }
        }
        return output.join(" ");
      }
      getAggFunctionName(aggfnoid) {
        const commonAggFunctions = {
          2100: "avg",
          2101: "count",
          2102: "max",
          2103: "min",
          2104: "sum",
          2105: "stddev",
          2106: "variance",
          2107: "array_agg",
          2108: "string_agg"
        };
        return commonAggFunctions[aggfnoid || 0] || "unknown_agg";
      }
      getWindowFunctionName(winfnoid) {
        const commonWindowFunctions = {
          3100: "row_number",
          3101: "rank",
          3102: "dense_rank",
          3103: "percent_rank",
          3104: "cume_dist",
          3105: "ntile",
          3106: "lag",
          3107: "lead",
          3108: "first_value",
          3109: "last_value"
        };
        return commonWindowFunctions[winfnoid || 0] || "unknown_window_func";
      }
      getOperatorName(opno) {
        const commonOperators = {
          96: "=",
          518: "<>",
          97: "<",
          521: ">",
          523: "<=",
          525: ">=",
          551: "+",
          552: "-",
          553: "*",
          554: "/",
          555: "%",
          484: "-",
          // unary minus
          1752: "~~",
          // LIKE
          1753: "!~~",
          // NOT LIKE
          1754: "~~*",
          // ILIKE
          1755: "!~~*",
          // NOT ILIKE
          15: "=",
          // int4eq
          58: "<",
          // int4lt
          59: "<=",
          // int4le
          61: ">",
          // int4gt
          62: ">="
          // int4ge
        };
        return commonOperators[opno || 0] || "=";
      }
      JoinExpr(node, context) {
        const output = [];
        if (node.larg) {
          output.push(this.visit(node.larg, context));
        }
        let joinStr = "";
        if (node.isNatural) {
          joinStr = "NATURAL ";
        }
        switch (node.jointype) {
          case "JOIN_INNER":
            if (node.isNatural) {
              joinStr += "JOIN";
            } else if (!node.quals && (!node.usingClause || node.usingClause.length === 0)) {
              joinStr += "CROSS JOIN";
            } else {
              joinStr += "JOIN";
            }
            break;
          case "JOIN_LEFT":
            joinStr += "LEFT JOIN";
            break;
          case "JOIN_FULL":
            joinStr += "FULL JOIN";
            break;
          case "JOIN_RIGHT":
            joinStr += "RIGHT JOIN";
            break;
          default:
            joinStr += "JOIN";
        }
        if (node.rarg) {
          let rargStr = this.visit(node.rarg, context);
          if (node.rarg && "JoinExpr" in node.rarg && !node.rarg.JoinExpr.alias) {
            rargStr = `(${rargStr})`;
          }
          if (context.isPretty()) {
            output.push(context.newline() + joinStr + " " + rargStr);
          } else {
            output.push(joinStr + " " + rargStr);
          }
        } else {
          if (context.isPretty()) {
            output.push(context.newline() + joinStr);
          } else {
            output.push(joinStr);
          }
        }
        if (node.usingClause && node.usingClause.length > 0) {
          const usingList = list_utils_1.ListUtils.unwrapList(node.usingClause);
          const columnNames = usingList.map((col) => this.visit(col, context));
          if (context.isPretty()) {
            output.push(` USING (${columnNames.join(", ")})`);
          } else {
            output.push(`USING (${columnNames.join(", ")})`);
          }
        } else if (node.quals) {
          const qualsStr = this.visit(node.quals, context);
          if (context.isPretty()) {
            if (qualsStr.includes("AND") || qualsStr.includes("OR") || qualsStr.length > 50) {
              if (this.containsMultilineStringLiteral(qualsStr)) {
                output.push(` ON ${qualsStr}`);
              } else {
                output.push(` ON${context.newline()}${context.indent(qualsStr)}`);
              }
            } else {
              output.push(` ON ${qualsStr}`);
            }
          } else {
            output.push(`ON ${qualsStr}`);
          }
        }
        let result;
        if (context.isPretty()) {
          result = output.join("");
        } else {
          result = output.join(" ");
        }
        if (node.join_using_alias && node.join_using_alias.aliasname) {
          let aliasStr = node.join_using_alias.aliasname;
          if (node.join_using_alias.colnames && node.join_using_alias.colnames.length > 0) {
            const colNames = list_utils_1.ListUtils.unwrapList(node.join_using_alias.colnames);
            const columnList = colNames.map((col) => this.visit(col, context)).join(", ");
            aliasStr += `(${columnList})`;
          }
          result += ` AS ${aliasStr}`;
        }
        if (node.alias && node.alias.aliasname) {
          let aliasStr = node.alias.aliasname;
          if (node.alias.colnames && node.alias.colnames.length > 0) {
            const colNames = list_utils_1.ListUtils.unwrapList(node.alias.colnames);
            const columnList = colNames.map((col) => this.visit(col, context)).join(", ");
            aliasStr += `(${columnList})`;
          }
          result = `(${result}) ${aliasStr}`;
        }
        return result;
      }
      FromExpr(node, context) {
        const fromlist = list_utils_1.ListUtils.unwrapList(node.fromlist);
        const fromStrs = fromlist.map((item) => this.visit(item, context));
        let result = fromStrs.join(", ");
        if (node.quals) {
          result += ` WHERE ${this.visit(node.quals, context)}`;
        }
        return result;
      }
      TransactionStmt(node, context) {
        const output = [];
        switch (node.kind) {
          case "TRANS_STMT_BEGIN":
            output.push("BEGIN");
            break;
          case "TRANS_STMT_START":
            output.push("START TRANSACTION");
            break;
          case "TRANS_STMT_COMMIT":
            output.push("COMMIT");
            break;
          case "TRANS_STMT_ROLLBACK":
            output.push("ROLLBACK");
            break;
          case "TRANS_STMT_SAVEPOINT":
            output.push("SAVEPOINT");
            if (node.savepoint_name) {
              output.push(quotes_1.QuoteUtils.quoteIdentifier(node.savepoint_name));
            }
            break;
          case "TRANS_STMT_RELEASE":
            output.push("RELEASE SAVEPOINT");
            if (node.savepoint_name) {
              output.push(quotes_1.QuoteUtils.quoteIdentifier(node.savepoint_name));
            }
            break;
          case "TRANS_STMT_ROLLBACK_TO":
            output.push("ROLLBACK TO");
            if (node.savepoint_name) {
              output.push(quotes_1.QuoteUtils.quoteIdentifier(node.savepoint_name));
            }
            break;
          case "TRANS_STMT_PREPARE":
            output.push("PREPARE TRANSACTION");
            if (node.gid) {
              output.push(`'${node.gid}'`);
            }
            break;
          case "TRANS_STMT_COMMIT_PREPARED":
            output.push("COMMIT PREPARED");
            if (node.gid) {
              output.push(`'${node.gid}'`);
            }
            break;
          case "TRANS_STMT_ROLLBACK_PREPARED":
            output.push("ROLLBACK PREPARED");
            if (node.gid) {
              output.push(`'${node.gid}'`);
            }
            break;
          default:
            throw new Error(`Unsupported TransactionStmt kind: ${node.kind}`);
        }
        if (node.options && node.options.length > 0) {
          const options = list_utils_1.ListUtils.unwrapList(node.options).map((option) => {
            if (option.DefElem) {
              const defElem = option.DefElem;
              if (defElem.defname === "transaction_read_only") {
                let boolValue = false;
                if (defElem.arg) {
                  const nodeData = this.getNodeData(defElem.arg);
                  if (nodeData.ival !== void 0) {
                    const ivalValue = typeof nodeData.ival === "object" ? nodeData.ival.ival : nodeData.ival;
                    boolValue = ivalValue === 1;
                  } else if (nodeData.sval !== void 0) {
                    const svalValue = typeof nodeData.sval === "object" ? nodeData.sval.sval : nodeData.sval;
                    const stringValue = svalValue.replace(/'/g, "");
                    boolValue = stringValue.toLowerCase() === "on" || stringValue.toLowerCase() === "true";
                  }
                }
                return boolValue ? "READ ONLY" : "READ WRITE";
              } else if (defElem.defname === "transaction_isolation") {
                if (defElem.arg && defElem.arg.A_Const && defElem.arg.A_Const.sval) {
                  return `ISOLATION LEVEL ${defElem.arg.A_Const.sval.sval.toUpperCase()}`;
                }
              } else if (defElem.defname === "transaction_deferrable") {
                let boolValue = false;
                if (defElem.arg) {
                  const nodeData = this.getNodeData(defElem.arg);
                  if (nodeData.ival !== void 0) {
                    const ivalValue = typeof nodeData.ival === "object" ? nodeData.ival.ival : nodeData.ival;
                    boolValue = ivalValue === 1;
                  } else if (nodeData.sval !== void 0) {
                    const svalValue = typeof nodeData.sval === "object" ? nodeData.sval.sval : nodeData.sval;
                    const stringValue = svalValue.replace(/'/g, "");
                    boolValue = stringValue.toLowerCase() === "on" || stringValue.toLowerCase() === "true";
                  }
                }
                return boolValue ? "DEFERRABLE" : "NOT DEFERRABLE";
              }
            }
            return this.visit(option, context);
          }).filter(Boolean);
          if (options.length > 0) {
            output.push(options.join(", "));
          }
        }
        return output.join(" ");
      }
      VariableSetStmt(node, context) {
        switch (node.kind) {
          case "VAR_SET_VALUE":
            const localPrefix = node.is_local ? "LOCAL " : "";
            if (node.jumble_args && node.name === "xmloption" && node.args) {
              const xmlValue = this.getNodeData(list_utils_1.ListUtils.unwrapList(node.args)[0]);
              const xmlOption = (typeof xmlValue.sval === "object" ? xmlValue.sval.sval : xmlValue.sval) || "";
              return `SET ${localPrefix}XML OPTION ${xmlOption.toUpperCase()}`;
            }
            const args = node.args ? list_utils_1.ListUtils.unwrapList(node.args).map((arg) => {
              const nodeData = this.getNodeData(arg);
              if (nodeData.sval !== void 0) {
                const svalValue = typeof nodeData.sval === "object" ? nodeData.sval.sval : nodeData.sval;
                if (svalValue === "" || svalValue.includes(" ") || svalValue.includes("-") || /[A-Z]/.test(svalValue) || /^\d/.test(svalValue) || svalValue.includes(".") || svalValue.includes("$") || svalValue.toLowerCase() === "all" || /^[+-]\d/.test(svalValue)) {
                  return `'${svalValue}'`;
                }
                return svalValue;
              }
              return this.visit(arg, context);
            }).join(", ") : "";
            if (node.jumble_args && node.name === "timezone") {
              return `SET ${localPrefix}TIME ZONE ${args}`;
            }
            const paramName = quotes_1.QuoteUtils.quoteIdentifier(node.name);
            if (!node.args || node.args.length === 0) {
              return `SET ${localPrefix}${paramName}`;
            }
            return `SET ${localPrefix}${paramName} TO ${args}`;
          case "VAR_SET_DEFAULT":
            if (node.jumble_args && node.name === "timezone") {
              return `SET ${node.is_local ? "LOCAL " : ""}TIME ZONE DEFAULT`;
            }
            const defaultParamName = quotes_1.QuoteUtils.quoteIdentifier(node.name);
            return `SET ${defaultParamName} TO DEFAULT`;
          case "VAR_SET_CURRENT":
            const currentParamName = quotes_1.QuoteUtils.quoteIdentifier(node.name);
            return `SET ${currentParamName} FROM CURRENT`;
          case "VAR_SET_MULTI":
            if (node.name === "TRANSACTION" || node.name === "SESSION CHARACTERISTICS") {
              const transactionOptions = [];
              if (node.args) {
                const args2 = list_utils_1.ListUtils.unwrapList(node.args);
                for (const arg of args2) {
                  if (arg.DefElem) {
                    const defElem = arg.DefElem;
                    if (defElem.defname === "transaction_isolation") {
                      const value = defElem.arg ? this.visit(defElem.arg, context) : "";
                      transactionOptions.push(`ISOLATION LEVEL ${value.replace(/'/g, "").toUpperCase()}`);
                    } else if (defElem.defname === "transaction_read_only") {
                      let boolValue = false;
                      if (defElem.arg) {
                        const nodeData = this.getNodeData(defElem.arg);
                        if (nodeData.ival !== void 0) {
                          const ivalValue = typeof nodeData.ival === "object" ? nodeData.ival.ival : nodeData.ival;
                          boolValue = ivalValue === 1;
                        } else if (nodeData.sval !== void 0) {
                          const svalValue = typeof nodeData.sval === "object" ? nodeData.sval.sval : nodeData.sval;
                          const stringValue = svalValue.replace(/'/g, "");
                          boolValue = stringValue.toLowerCase() === "on" || stringValue.toLowerCase() === "true";
                        }
                      }
                      transactionOptions.push(boolValue ? "READ ONLY" : "READ WRITE");
                    } else if (defElem.defname === "transaction_deferrable") {
                      let boolValue = false;
                      if (defElem.arg) {
                        const nodeData = this.getNodeData(defElem.arg);
                        if (nodeData.ival !== void 0) {
                          const ivalValue = typeof nodeData.ival === "object" ? nodeData.ival.ival : nodeData.ival;
                          boolValue = ivalValue === 1;
                        } else if (nodeData.sval !== void 0) {
                          const svalValue = typeof nodeData.sval === "object" ? nodeData.sval.sval : nodeData.sval;
                          const stringValue = svalValue.replace(/'/g, "");
                          boolValue = stringValue.toLowerCase() === "on" || stringValue.toLowerCase() === "true";
                        }
                      }
                      transactionOptions.push(boolValue ? "DEFERRABLE" : "NOT DEFERRABLE");
                    }
                  }
                }
              }
              if (node.name === "SESSION CHARACTERISTICS") {
                return `SET SESSION CHARACTERISTICS AS TRANSACTION ${transactionOptions.join(", ")}`;
              } else {
                return `SET TRANSACTION ${transactionOptions.join(", ")}`;
              }
            } else {
              const assignments = node.args ? list_utils_1.ListUtils.unwrapList(node.args).map((arg) => {
                if (arg.VariableSetStmt) {
                  return this.VariableSetStmt(arg.VariableSetStmt, context);
                }
                return this.visit(arg, context);
              }).join(", ") : "";
              return `SET ${assignments}`;
            }
          case "VAR_RESET":
            const resetParamName = quotes_1.QuoteUtils.quoteIdentifier(node.name);
            return `RESET ${resetParamName}`;
          case "VAR_RESET_ALL":
            return "RESET ALL";
          default:
            throw new Error(`Unsupported VariableSetStmt kind: ${node.kind}`);
        }
      }
      VariableShowStmt(node, context) {
        if (node.name === "ALL") {
          return "SHOW ALL";
        }
        return `SHOW ${node.name}`;
      }
      CreateSchemaStmt(node, context) {
        const output = ["CREATE SCHEMA"];
        if (node.if_not_exists) {
          output.push("IF NOT EXISTS");
        }
        if (node.schemaname) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.schemaname));
        }
        if (node.authrole) {
          output.push("AUTHORIZATION");
          output.push(this.RoleSpec(node.authrole, context));
        }
        if (node.schemaElts && node.schemaElts.length > 0) {
          const elements = list_utils_1.ListUtils.unwrapList(node.schemaElts).map((element) => this.visit(element, context)).join(" ");
          output.push(elements);
        }
        return output.join(" ");
      }
      RoleSpec(node, context) {
        if (node.rolename) {
          return this.quoteIfNeeded(node.rolename);
        }
        switch (node.roletype) {
          case "ROLESPEC_PUBLIC":
            return "PUBLIC";
          case "ROLESPEC_CURRENT_USER":
            return "CURRENT_USER";
          case "ROLESPEC_SESSION_USER":
            return "SESSION_USER";
          case "ROLESPEC_CURRENT_ROLE":
            return "CURRENT_ROLE";
          default:
            return "PUBLIC";
        }
      }
      roletype(node, context) {
        if (node.rolename) {
          return node.rolename;
        }
        return "";
      }
      DropStmt(node, context) {
        const output = ["DROP"];
        if (node.removeType) {
          switch (node.removeType) {
            case "OBJECT_TABLE":
              output.push("TABLE");
              break;
            case "OBJECT_VIEW":
              output.push("VIEW");
              break;
            case "OBJECT_INDEX":
              output.push("INDEX");
              break;
            case "OBJECT_SEQUENCE":
              output.push("SEQUENCE");
              break;
            case "OBJECT_SCHEMA":
              output.push("SCHEMA");
              break;
            case "OBJECT_FUNCTION":
              output.push("FUNCTION");
              break;
            case "OBJECT_PROCEDURE":
              output.push("PROCEDURE");
              break;
            case "OBJECT_DATABASE":
              output.push("DATABASE");
              break;
            case "OBJECT_EXTENSION":
              output.push("EXTENSION");
              break;
            case "OBJECT_TYPE":
              output.push("TYPE");
              break;
            case "OBJECT_DOMAIN":
              output.push("DOMAIN");
              break;
            case "OBJECT_TRIGGER":
              output.push("TRIGGER");
              break;
            case "OBJECT_RULE":
              output.push("RULE");
              break;
            case "OBJECT_POLICY":
              output.push("POLICY");
              break;
            case "OBJECT_ROLE":
              output.push("ROLE");
              break;
            case "OBJECT_TABLESPACE":
              output.push("TABLESPACE");
              break;
            case "OBJECT_FOREIGN_SERVER":
              output.push("SERVER");
              break;
            case "OBJECT_FDW":
              output.push("FOREIGN DATA WRAPPER");
              break;
            case "OBJECT_PUBLICATION":
              output.push("PUBLICATION");
              break;
            case "OBJECT_SUBSCRIPTION":
              output.push("SUBSCRIPTION");
              break;
            case "OBJECT_CAST":
              output.push("CAST");
              break;
            case "OBJECT_TRANSFORM":
              output.push("TRANSFORM");
              break;
            case "OBJECT_ACCESS_METHOD":
              output.push("ACCESS METHOD");
              break;
            case "OBJECT_OPERATOR":
              output.push("OPERATOR");
              break;
            case "OBJECT_FOREIGN_TABLE":
              output.push("FOREIGN TABLE");
              break;
            case "OBJECT_MATVIEW":
              output.push("MATERIALIZED VIEW");
              break;
            case "OBJECT_OPCLASS":
              output.push("OPERATOR CLASS");
              break;
            case "OBJECT_OPFAMILY":
              output.push("OPERATOR FAMILY");
              break;
            case "OBJECT_COLLATION":
              output.push("COLLATION");
              break;
            case "OBJECT_CONVERSION":
              output.push("CONVERSION");
              break;
            case "OBJECT_LANGUAGE":
              output.push("LANGUAGE");
              break;
            case "OBJECT_LARGEOBJECT":
              output.push("LARGE OBJECT");
              break;
            case "OBJECT_AGGREGATE":
              output.push("AGGREGATE");
              break;
            case "OBJECT_STATISTIC_EXT":
              output.push("STATISTICS");
              break;
            case "OBJECT_EVENT_TRIGGER":
              output.push("EVENT TRIGGER");
              break;
            case "OBJECT_AMOP":
              output.push("OPERATOR CLASS");
              break;
            case "OBJECT_AMPROC":
              output.push("OPERATOR CLASS");
              break;
            case "OBJECT_ATTRIBUTE":
              output.push("ATTRIBUTE");
              break;
            case "OBJECT_DEFAULT":
              output.push("DEFAULT");
              break;
            case "OBJECT_DEFACL":
              output.push("DEFAULT PRIVILEGES");
              break;
            case "OBJECT_PARAMETER_ACL":
              output.push("PARAMETER");
              break;
            case "OBJECT_PUBLICATION_NAMESPACE":
              output.push("PUBLICATION");
              break;
            case "OBJECT_PUBLICATION_REL":
              output.push("PUBLICATION");
              break;
            case "OBJECT_ROUTINE":
              output.push("ROUTINE");
              break;
            case "OBJECT_TABCONSTRAINT":
              output.push("CONSTRAINT");
              break;
            case "OBJECT_TSCONFIGURATION":
              output.push("TEXT SEARCH CONFIGURATION");
              break;
            case "OBJECT_TSDICTIONARY":
              output.push("TEXT SEARCH DICTIONARY");
              break;
            case "OBJECT_TSPARSER":
              output.push("TEXT SEARCH PARSER");
              break;
            case "OBJECT_TSTEMPLATE":
              output.push("TEXT SEARCH TEMPLATE");
              break;
            case "OBJECT_USER_MAPPING":
              output.push("USER MAPPING");
              break;
            default:
              throw new Error(`Unsupported DROP object type: ${node.removeType}`);
          }
        }
        if (node.concurrent) {
          output.push("CONCURRENTLY");
        }
        if (node.missing_ok) {
          output.push("IF EXISTS");
        }
        if (node.objects && node.objects.length > 0) {
          if (node.removeType === "OBJECT_POLICY") {
            const objList = node.objects[0];
            if (objList && objList.List && objList.List.items) {
              const items = objList.List.items.map((item) => {
                if (item.String && item.String.sval) {
                  return item.String.sval;
                }
                return this.visit(item, context);
              });
              if (items.length === 3) {
                const [schemaName, tableName2, policyName] = items;
                output.push(`${policyName} ON ${schemaName}.${tableName2}`);
              } else if (items.length === 2) {
                const [tableName2, policyName] = items;
                output.push(`${policyName} ON ${tableName2}`);
              } else {
                output.push(items.join(", "));
              }
            }
          } else if (node.removeType === "OBJECT_CAST") {
            const objects = node.objects.map((objList) => {
              if (objList && objList.List && objList.List.items) {
                const items = objList.List.items.map((item) => {
                  return this.visit(item, context);
                }).filter((name) => name && name.trim());
                if (items.length === 2) {
                  const [sourceType, targetType] = items;
                  return `(${sourceType} AS ${targetType})`;
                }
                return items.join(".");
              }
              const objName = this.visit(objList, context);
              return objName;
            }).filter((name) => name && name.trim()).join(", ");
            if (objects) {
              output.push(objects);
            }
          } else if (node.removeType === "OBJECT_TRIGGER" || node.removeType === "OBJECT_RULE") {
            const objects = node.objects.map((objList) => {
              if (objList && objList.List && objList.List.items) {
                const items = objList.List.items.map((item) => {
                  if (item.String && item.String.sval) {
                    return quotes_1.QuoteUtils.quoteIdentifier(item.String.sval);
                  }
                  return this.visit(item, context);
                }).filter((name) => name && name.trim());
                if (items.length === 2) {
                  const [tableName2, triggerName] = items;
                  return `${triggerName} ON ${tableName2}`;
                } else if (items.length === 3) {
                  const [schemaName, tableName2, triggerName] = items;
                  return `${triggerName} ON ${schemaName}.${tableName2}`;
                }
                return items.join(".");
              }
              const objName = this.visit(objList, context);
              return objName;
            }).filter((name) => name && name.trim()).join(", ");
            if (objects) {
              output.push(objects);
            }
          } else if (node.removeType === "OBJECT_OPFAMILY" || node.removeType === "OBJECT_OPCLASS") {
            const objects = node.objects.map((objList) => {
              if (objList && objList.List && objList.List.items) {
                const items = objList.List.items.map((item) => {
                  if (item.String && item.String.sval) {
                    return item.String.sval;
                  }
                  return this.visit(item, context);
                }).filter((name) => name && name.trim());
                if (items.length === 2) {
                  const accessMethod = items[0];
                  const objectName = items[1];
                  return `${quotes_1.QuoteUtils.quoteIdentifier(objectName)} USING ${accessMethod}`;
                } else if (items.length === 3) {
                  const accessMethod = items[0];
                  const schemaName = items[1];
                  const objectName = items[2];
                  return `${quotes_1.QuoteUtils.quoteQualifiedIdentifier(schemaName, objectName)} USING ${accessMethod}`;
                }
                return items.join(".");
              }
              const objName = this.visit(objList, context);
              return objName;
            }).filter((name) => name && name.trim()).join(", ");
            if (objects) {
              output.push(objects);
            }
          } else if (node.removeType === "OBJECT_TRANSFORM") {
            const objects = node.objects.map((objList) => {
              if (objList && objList.List && objList.List.items) {
                const items = objList.List.items.map((item) => {
                  if (item.String && item.String.sval) {
                    return item.String.sval;
                  }
                  return this.visit(item, context);
                }).filter((name) => name && name.trim());
                if (items.length === 2) {
                  const [typeName, languageName] = items;
                  return `FOR ${typeName} LANGUAGE ${languageName}`;
                }
                return items.join(".");
              }
              const objName = this.visit(objList, context);
              return objName;
            }).filter((name) => name && name.trim()).join(", ");
            if (objects) {
              output.push(objects);
            }
          } else {
            const objects = node.objects.map((objList) => {
              if (Array.isArray(objList)) {
                const objName2 = objList.map((obj) => this.visit(obj, context)).filter((name) => name && name.trim()).join(".");
                return objName2;
              }
              if (objList && objList.List && objList.List.items) {
                const items = objList.List.items.map((item) => {
                  if (item.String && item.String.sval) {
                    return quotes_1.QuoteUtils.quoteIdentifier(item.String.sval);
                  }
                  return this.visit(item, context);
                }).filter((name) => name && name.trim());
                return items.join(".");
              }
              const objContext = context.spawn("DropStmt", { objtype: node.removeType });
              const objName = this.visit(objList, objContext);
              return objName;
            }).filter((name) => name && name.trim()).join(", ");
            if (objects) {
              output.push(objects);
            }
          }
        }
        if (node.behavior === "DROP_CASCADE") {
          output.push("CASCADE");
        }
        return output.join(" ");
      }
      TruncateStmt(node, context) {
        const output = ["TRUNCATE"];
        if (node.relations && node.relations.length > 0) {
          const relations = node.relations.map((relation) => this.visit(relation, context)).join(", ");
          output.push(relations);
        }
        if (node.restart_seqs) {
          output.push("RESTART IDENTITY");
        }
        if (node.behavior === "DROP_CASCADE") {
          output.push("CASCADE");
        }
        return output.join(" ");
      }
      ReturnStmt(node, context) {
        const output = ["RETURN"];
        if (node.returnval) {
          const returnValue = this.visit(node.returnval, context);
          output.push(returnValue);
        }
        return output.join(" ");
      }
      PLAssignStmt(node, context) {
        const output = [];
        if (node.name) {
          let nameWithIndirection = quotes_1.QuoteUtils.quoteIdentifier(node.name);
          if (node.indirection && node.indirection.length > 0) {
            const indirectionStr = node.indirection.map((ind) => this.visit(ind, context)).join("");
            nameWithIndirection += indirectionStr;
          }
          output.push(nameWithIndirection);
        }
        output.push(":=");
        if (node.val) {
          const valAny = node.val;
          if (valAny.targetList) {
            output.push("SELECT");
            const targets = this.targetList(valAny.targetList, context);
            output.push(targets);
          } else {
            const valueStr = this.visit(node.val, context);
            output.push(valueStr);
          }
        }
        return output.join(" ");
      }
      CopyStmt(node, context) {
        const output = ["COPY"];
        if (node.relation) {
          const relationStr = this.RangeVar(node.relation, context);
          output.push(relationStr);
        } else if (node.query) {
          const queryStr = this.visit(node.query, context);
          output.push(`(${queryStr})`);
        }
        if (node.attlist && node.attlist.length > 0) {
          const columnList = list_utils_1.ListUtils.unwrapList(node.attlist).map((col) => this.visit(col, context)).join(", ");
          output.push(`(${columnList})`);
        }
        if (node.is_from) {
          output.push("FROM");
        } else {
          output.push("TO");
        }
        if (node.is_program) {
          output.push("PROGRAM");
        }
        if (node.filename) {
          output.push(quotes_1.QuoteUtils.escape(node.filename));
        } else {
          output.push(node.is_from ? "STDIN" : "STDOUT");
        }
        if (node.options && node.options.length > 0) {
          output.push("WITH");
          const optionsStr = list_utils_1.ListUtils.unwrapList(node.options).map((opt) => this.visit(opt, context.spawn("CopyStmt"))).join(", ");
          output.push(`(${optionsStr})`);
        }
        if (node.whereClause) {
          output.push("WHERE");
          const whereStr = this.visit(node.whereClause, context);
          output.push(whereStr);
        }
        return output.join(" ");
      }
      AlterTableStmt(node, context) {
        const output = ["ALTER"];
        if (node.objtype) {
          switch (node.objtype) {
            case "OBJECT_TABLE":
              output.push("TABLE");
              break;
            case "OBJECT_INDEX":
              output.push("INDEX");
              break;
            case "OBJECT_SEQUENCE":
              output.push("SEQUENCE");
              break;
            case "OBJECT_VIEW":
              output.push("VIEW");
              break;
            case "OBJECT_MATVIEW":
              output.push("MATERIALIZED VIEW");
              break;
            case "OBJECT_FOREIGN_TABLE":
              output.push("FOREIGN TABLE");
              break;
            case "OBJECT_TYPE":
              output.push("TYPE");
              break;
            default:
              output.push("TABLE");
          }
        } else {
          output.push("TABLE");
        }
        if (node.missing_ok) {
          output.push("IF EXISTS");
        }
        const alterContext = context.spawn("AlterTableStmt", { objtype: node.objtype });
        if (node.relation) {
          const relationStr = this.RangeVar(node.relation, alterContext);
          output.push(relationStr);
        }
        if (node.cmds && node.cmds.length > 0) {
          const commands = list_utils_1.ListUtils.unwrapList(node.cmds);
          if (context.isPretty()) {
            const commandsStr = commands.map((cmd) => {
              const cmdStr = this.visit(cmd, alterContext);
              return context.newline() + context.indent(cmdStr);
            }).join(",");
            output.push(commandsStr);
          } else {
            const commandsStr = commands.map((cmd) => this.visit(cmd, alterContext)).join(", ");
            output.push(commandsStr);
          }
        }
        return output.join(" ");
      }
      AlterTableCmd(node, context) {
        const output = [];
        if (node.subtype) {
          switch (node.subtype) {
            case "AT_AddColumn":
              if (context.objtype === "OBJECT_TYPE") {
                output.push("ADD ATTRIBUTE");
              } else {
                output.push("ADD COLUMN");
              }
              if (node.missing_ok) {
                output.push("IF NOT EXISTS");
              }
              if (node.def) {
                const colDefData = this.getNodeData(node.def);
                if (context.isPretty()) {
                  const parts = [];
                  const indentedParts = [];
                  if (colDefData.colname) {
                    parts.push(quotes_1.QuoteUtils.quoteIdentifier(colDefData.colname));
                  }
                  if (colDefData.typeName) {
                    parts.push(this.TypeName(colDefData.typeName, context));
                  }
                  if (colDefData.is_not_null) {
                    indentedParts.push("NOT NULL");
                  }
                  if (colDefData.collClause) {
                    indentedParts.push(this.CollateClause(colDefData.collClause, context));
                  }
                  if (colDefData.constraints) {
                    const constraints = list_utils_1.ListUtils.unwrapList(colDefData.constraints);
                    constraints.forEach((constraint) => {
                      const columnConstraintContext = context.spawn("ColumnDef", { isColumnConstraint: true });
                      const constraintStr = this.visit(constraint, columnConstraintContext);
                      if (constraintStr.includes("REFERENCES") && constraintStr.includes("ON DELETE")) {
                        const refMatch = constraintStr.match(/^(.*REFERENCES[^)]*\([^)]*\))\s*(ON\s+DELETE\s+CASCADE.*)$/);
                        if (refMatch) {
                          indentedParts.push(refMatch[1]);
                          indentedParts.push(refMatch[2]);
                        } else {
                          indentedParts.push(constraintStr);
                        }
                      } else if (constraintStr === "UNIQUE" && colDefData.raw_default) {
                        const defaultStr = "DEFAULT " + this.visit(colDefData.raw_default, context);
                        indentedParts.push("UNIQUE " + defaultStr);
                      } else {
                        indentedParts.push(constraintStr);
                      }
                    });
                  }
                  if (colDefData.raw_default && !colDefData.constraints?.some((c) => {
                    const constraintStr = this.visit(c, context.spawn("ColumnDef", { isColumnConstraint: true }));
                    return constraintStr === "UNIQUE";
                  })) {
                    const defaultStr = "DEFAULT " + this.visit(colDefData.raw_default, context);
                    indentedParts.push(defaultStr);
                  }
                  if (colDefData.fdwoptions && colDefData.fdwoptions.length > 0) {
                    indentedParts.push("OPTIONS");
                    const columnContext = context.spawn("ColumnDef");
                    const options = list_utils_1.ListUtils.unwrapList(colDefData.fdwoptions).map((opt) => this.visit(opt, columnContext));
                    indentedParts.push(`(${options.join(", ")})`);
                  }
                  let result = parts.join(" ");
                  if (indentedParts.length > 0) {
                    const indentedStr = indentedParts.map((part) => context.indent(part)).join(context.newline());
                    result += context.newline() + indentedStr;
                  }
                  output.push(result);
                } else {
                  const parts = [];
                  if (colDefData.colname) {
                    parts.push(quotes_1.QuoteUtils.quoteIdentifier(colDefData.colname));
                  }
                  if (colDefData.typeName) {
                    parts.push(this.TypeName(colDefData.typeName, context));
                  }
                  if (colDefData.collClause) {
                    parts.push(this.CollateClause(colDefData.collClause, context));
                  }
                  if (colDefData.fdwoptions && colDefData.fdwoptions.length > 0) {
                    parts.push("OPTIONS");
                    const columnContext = context.spawn("ColumnDef");
                    const options = list_utils_1.ListUtils.unwrapList(colDefData.fdwoptions).map((opt) => this.visit(opt, columnContext));
                    parts.push(`(${options.join(", ")})`);
                  }
                  if (colDefData.constraints) {
                    const constraints = list_utils_1.ListUtils.unwrapList(colDefData.constraints);
                    const constraintStrs = constraints.map((constraint) => {
                      const columnConstraintContext = context.spawn("ColumnDef", { isColumnConstraint: true });
                      return this.visit(constraint, columnConstraintContext);
                    });
                    parts.push(...constraintStrs);
                  }
                  if (colDefData.raw_default) {
                    parts.push("DEFAULT");
                    parts.push(this.visit(colDefData.raw_default, context));
                  }
                  if (colDefData.is_not_null) {
                    parts.push("NOT NULL");
                  }
                  output.push(parts.join(" "));
                }
              }
              if (node.behavior === "DROP_CASCADE") {
                output.push("CASCADE");
              }
              break;
            case "AT_DropColumn":
              if (node.missing_ok) {
                if (context.objtype === "OBJECT_TYPE") {
                  output.push("DROP ATTRIBUTE IF EXISTS");
                } else {
                  output.push("DROP COLUMN IF EXISTS");
                }
              } else {
                if (context.objtype === "OBJECT_TYPE") {
                  output.push("DROP ATTRIBUTE");
                } else {
                  output.push("DROP COLUMN");
                }
              }
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              if (node.behavior === "DROP_CASCADE") {
                output.push("CASCADE");
              } else if (node.behavior === "DROP_RESTRICT") {
                output.push("RESTRICT");
              }
              break;
            case "AT_AlterColumnType":
              if (context.objtype === "OBJECT_TYPE") {
                output.push("ALTER ATTRIBUTE");
              } else {
                output.push("ALTER COLUMN");
              }
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              output.push("TYPE");
              if (node.def) {
                const nodeData = this.getNodeData(node.def);
                if (nodeData && nodeData.typeName) {
                  output.push(this.TypeName(nodeData.typeName, context));
                  if (nodeData.collClause) {
                    output.push(this.CollateClause(nodeData.collClause, context));
                  }
                  if (nodeData.raw_default) {
                    output.push("USING");
                    output.push(this.visit(nodeData.raw_default, context));
                  }
                } else {
                  const typeDef = this.visit(node.def, context);
                  output.push(typeDef);
                }
              }
              if (node.behavior === "DROP_CASCADE") {
                output.push("CASCADE");
              }
              break;
            case "AT_SetTableSpace":
              output.push("SET TABLESPACE");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              break;
            case "AT_AddConstraint":
              output.push("ADD");
              if (node.def) {
                const constraintDef = this.visit(node.def, context);
                output.push(constraintDef);
              }
              break;
            case "AT_DropConstraint":
              if (node.missing_ok) {
                output.push("DROP CONSTRAINT IF EXISTS");
              } else {
                output.push("DROP CONSTRAINT");
              }
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              if (node.behavior === "DROP_CASCADE") {
                output.push("CASCADE");
              } else if (node.behavior === "DROP_RESTRICT") {
                output.push("RESTRICT");
              }
              break;
            case "AT_SetRelOptions":
              output.push("SET");
              if (node.def) {
                const alterTableContext = context.spawn("AlterTableCmd", { subtype: "AT_SetRelOptions" });
                const options = list_utils_1.ListUtils.unwrapList(node.def).map((option) => this.visit(option, alterTableContext)).join(", ");
                output.push(`(${options})`);
              } else {
                output.push("()");
              }
              break;
            case "AT_ResetRelOptions":
              output.push("RESET");
              if (node.def) {
                const alterTableContext = context.spawn("AlterTableCmd", { subtype: "AT_ResetRelOptions" });
                const options = list_utils_1.ListUtils.unwrapList(node.def).map((option) => this.visit(option, alterTableContext)).join(", ");
                output.push(`(${options})`);
              } else {
                output.push("()");
              }
              break;
            case "AT_ColumnDefault":
              output.push("ALTER COLUMN");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              if (node.def) {
                output.push("SET DEFAULT");
                output.push(this.visit(node.def, context));
              } else {
                output.push("DROP DEFAULT");
              }
              break;
            case "AT_SetStorage":
              output.push("ALTER COLUMN");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              output.push("SET STORAGE");
              if (node.def) {
                const storageType = this.visit(node.def, context);
                output.push(storageType);
              }
              break;
            case "AT_ClusterOn":
              output.push("CLUSTER ON");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              break;
            case "AT_DropCluster":
              output.push("SET WITHOUT CLUSTER");
              break;
            case "AT_ChangeOwner":
              output.push("OWNER TO");
              if (node.newowner) {
                output.push(this.RoleSpec(node.newowner, context));
              }
              break;
            case "AT_AddInherit":
              output.push("INHERIT");
              if (node.def) {
                output.push(this.visit(node.def, context));
              }
              break;
            case "AT_DropInherit":
              output.push("NO INHERIT");
              if (node.def) {
                output.push(this.visit(node.def, context));
              }
              break;
            case "AT_SetNotNull":
              output.push("ALTER COLUMN");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              output.push("SET NOT NULL");
              break;
            case "AT_DropNotNull":
              output.push("ALTER COLUMN");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              output.push("DROP NOT NULL");
              break;
            case "AT_SetStatistics":
              output.push("ALTER COLUMN");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              } else if (node.num !== void 0 && node.num !== null) {
                output.push(node.num.toString());
              }
              output.push("SET STATISTICS");
              if (node.def) {
                output.push(this.visit(node.def, context));
              }
              break;
            case "AT_SetOptions":
              output.push("ALTER COLUMN");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              output.push("SET");
              if (node.def) {
                const alterTableContext = context.spawn("AlterTableCmd", { subtype: "AT_SetOptions" });
                const options = list_utils_1.ListUtils.unwrapList(node.def).map((option) => this.visit(option, alterTableContext)).join(", ");
                output.push(`(${options})`);
              } else {
                output.push("()");
              }
              break;
            case "AT_ResetOptions":
              output.push("ALTER COLUMN");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              output.push("RESET");
              if (node.def) {
                const alterTableContext = context.spawn("AlterTableCmd", { subtype: "AT_ResetOptions" });
                const options = list_utils_1.ListUtils.unwrapList(node.def).map((option) => this.visit(option, alterTableContext)).join(", ");
                output.push(`(${options})`);
              } else {
                output.push("()");
              }
              break;
            case "AT_SetCompression":
              output.push("ALTER COLUMN");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              output.push("SET COMPRESSION");
              if (node.def) {
                output.push(this.visit(node.def, context));
              }
              break;
            case "AT_ValidateConstraint":
              output.push("VALIDATE CONSTRAINT");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              break;
            case "AT_EnableTrig":
              output.push("ENABLE TRIGGER");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              break;
            case "AT_EnableAlwaysTrig":
              output.push("ENABLE ALWAYS TRIGGER");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              break;
            case "AT_EnableReplicaTrig":
              output.push("ENABLE REPLICA TRIGGER");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              break;
            case "AT_DisableTrig":
              output.push("DISABLE TRIGGER");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              break;
            case "AT_EnableTrigAll":
              output.push("ENABLE TRIGGER ALL");
              break;
            case "AT_DisableTrigAll":
              output.push("DISABLE TRIGGER ALL");
              break;
            case "AT_EnableTrigUser":
              output.push("ENABLE TRIGGER USER");
              break;
            case "AT_DisableTrigUser":
              output.push("DISABLE TRIGGER USER");
              break;
            case "AT_EnableRule":
              output.push("ENABLE RULE");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              break;
            case "AT_EnableAlwaysRule":
              output.push("ENABLE ALWAYS RULE");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              break;
            case "AT_EnableReplicaRule":
              output.push("ENABLE REPLICA RULE");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              break;
            case "AT_DisableRule":
              output.push("DISABLE RULE");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              break;
            case "AT_SetAccessMethod":
              output.push("SET ACCESS METHOD");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              } else {
                output.push("DEFAULT");
              }
              break;
            case "AT_EnableRowSecurity":
              output.push("ENABLE ROW LEVEL SECURITY");
              break;
            case "AT_DisableRowSecurity":
              output.push("DISABLE ROW LEVEL SECURITY");
              break;
            case "AT_ForceRowSecurity":
              output.push("FORCE ROW LEVEL SECURITY");
              break;
            case "AT_NoForceRowSecurity":
              output.push("NO FORCE ROW LEVEL SECURITY");
              break;
            case "AT_AttachPartition":
              output.push("ATTACH PARTITION");
              if (node.def) {
                output.push(this.visit(node.def, context));
              }
              break;
            case "AT_DetachPartition":
              output.push("DETACH PARTITION");
              if (node.def) {
                output.push(this.visit(node.def, context));
              }
              break;
            case "AT_DetachPartitionFinalize":
              output.push("DETACH PARTITION");
              if (node.def) {
                output.push(this.visit(node.def, context));
              }
              output.push("FINALIZE");
              break;
            case "AT_SetLogged":
              output.push("SET LOGGED");
              break;
            case "AT_SetUnLogged":
              output.push("SET UNLOGGED");
              break;
            case "AT_AddColumnToView":
              output.push("ADD COLUMN");
              if (node.def) {
                const columnDef = this.visit(node.def, context);
                output.push(columnDef);
              }
              break;
            case "AT_CookedColumnDefault":
              output.push("ALTER COLUMN");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              if (node.def) {
                output.push("SET DEFAULT");
                output.push(this.visit(node.def, context));
              } else {
                output.push("DROP DEFAULT");
              }
              break;
            case "AT_SetExpression":
              output.push("ALTER COLUMN");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              output.push("SET EXPRESSION");
              if (node.def) {
                output.push("AS");
                output.push(context.parens(this.visit(node.def, context)));
              }
              break;
            case "AT_DropExpression":
              output.push("ALTER COLUMN");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              output.push("DROP EXPRESSION");
              if (node.missing_ok) {
                output.push("IF EXISTS");
              }
              break;
            case "AT_AddIndex":
              output.push("ADD");
              if (node.def) {
                output.push(this.visit(node.def, context));
              }
              break;
            case "AT_ReAddIndex":
              output.push("ADD");
              if (node.def) {
                output.push(this.visit(node.def, context));
              }
              break;
            case "AT_ReAddConstraint":
              output.push("ADD");
              if (node.def) {
                output.push(this.visit(node.def, context));
              }
              break;
            case "AT_ReAddDomainConstraint":
              output.push("ADD");
              if (node.def) {
                output.push(this.visit(node.def, context));
              }
              break;
            case "AT_AlterConstraint":
              if (node.def && this.getNodeType(node.def) === "ATAlterConstraint") {
                output.push(this.ATAlterConstraint(this.getNodeData(node.def), context));
              } else {
                output.push("ALTER CONSTRAINT");
                if (node.def && this.getNodeType(node.def) === "Constraint") {
                  const constraintData = this.getNodeData(node.def);
                  if (constraintData.conname) {
                    output.push(quotes_1.QuoteUtils.quoteIdentifier(constraintData.conname));
                    if (constraintData.deferrable !== void 0) {
                      output.push(constraintData.deferrable ? "DEFERRABLE" : "NOT DEFERRABLE");
                    }
                    if (constraintData.initdeferred !== void 0) {
                      output.push(constraintData.initdeferred ? "INITIALLY DEFERRED" : "INITIALLY IMMEDIATE");
                    }
                  }
                } else if (node.name) {
                  output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
                  if (node.def) {
                    output.push(this.visit(node.def, context));
                  }
                }
              }
              break;
            case "AT_AddIndexConstraint":
              output.push("ADD");
              if (node.def) {
                output.push(this.visit(node.def, context));
              }
              break;
            case "AT_ReAddComment":
              output.push("COMMENT");
              if (node.def) {
                output.push(this.visit(node.def, context));
              }
              break;
            case "AT_AlterColumnGenericOptions":
              output.push("ALTER COLUMN");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              output.push("OPTIONS");
              if (node.def) {
                const alterColumnContext = context.spawn("AlterTableCmd", { alterColumnOptions: true });
                const options = list_utils_1.ListUtils.unwrapList(node.def).map((option) => this.visit(option, alterColumnContext)).join(", ");
                output.push(`(${options})`);
              }
              break;
            case "AT_DropOids":
              output.push("SET WITHOUT OIDS");
              break;
            case "AT_ReplaceRelOptions":
              output.push("REPLACE");
              if (node.def && Array.isArray(node.def)) {
                const options = list_utils_1.ListUtils.unwrapList(node.def).map((option) => this.visit(option, context)).join(", ");
                output.push(`(${options})`);
              } else {
                output.push("()");
              }
              break;
            case "AT_AddOf":
              output.push("OF");
              if (node.def) {
                output.push(this.visit(node.def, context));
              }
              break;
            case "AT_DropOf":
              output.push("NOT OF");
              break;
            case "AT_ReplicaIdentity":
              output.push("REPLICA IDENTITY");
              if (node.def) {
                output.push(this.visit(node.def, context));
              }
              break;
            case "AT_GenericOptions":
              output.push("OPTIONS");
              if (node.def) {
                const alterTableContext = context.spawn("AlterTableCmd", { alterTableOptions: true });
                const options = list_utils_1.ListUtils.unwrapList(node.def).map((option) => this.visit(option, alterTableContext)).join(", ");
                output.push(`(${options})`);
              }
              break;
            case "AT_AddIdentity":
              output.push("ALTER COLUMN");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              output.push("ADD");
              if (node.def) {
                output.push(this.visit(node.def, context));
              }
              break;
            case "AT_SetIdentity":
              output.push("ALTER COLUMN");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              if (node.def) {
                output.push(this.formatIdentityColumnOptions(node.def, context));
              }
              break;
            case "AT_DropIdentity":
              output.push("ALTER COLUMN");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              output.push("DROP IDENTITY");
              if (node.missing_ok) {
                output.push("IF EXISTS");
              }
              break;
            case "AT_ReAddStatistics":
              output.push("ADD");
              if (node.def) {
                output.push(this.visit(node.def, context));
              }
              break;
            default:
              throw new Error(`Unsupported AlterTableCmd subtype: ${node.subtype}`);
          }
        }
        return output.join(" ");
      }
      CreateFunctionStmt(node, context) {
        const output = ["CREATE"];
        if (node.replace) {
          output.push("OR REPLACE");
        }
        if (node.is_procedure) {
          output.push("PROCEDURE");
        } else {
          output.push("FUNCTION");
        }
        if (node.funcname && node.funcname.length > 0) {
          const funcnameParts = node.funcname.map((name) => name.String?.sval || name.String?.str || "").filter((s) => s);
          const funcName = quotes_1.QuoteUtils.quoteDottedName(funcnameParts);
          if (node.parameters && node.parameters.length > 0) {
            const params = node.parameters.filter((param) => {
              const paramData = this.getNodeData(param);
              return paramData.mode !== "FUNC_PARAM_TABLE";
            }).map((param) => this.visit(param, context));
            if (params.length > 0) {
              if (context.isPretty()) {
                const formattedParams = params.map((p) => context.indent(p)).join("," + context.newline());
                output.push(funcName + "(" + context.newline() + formattedParams + context.newline() + ")");
              } else {
                output.push(funcName + "(" + params.join(", ") + ")");
              }
            } else {
              output.push(funcName + "()");
            }
          } else {
            output.push(funcName + "()");
          }
        }
        const hasTableParams = node.parameters && node.parameters.some((param) => {
          const paramData = this.getNodeData(param);
          return paramData.mode === "FUNC_PARAM_TABLE";
        });
        if (hasTableParams) {
          const tableParams = node.parameters.filter((param) => {
            const paramData = this.getNodeData(param);
            return paramData.mode === "FUNC_PARAM_TABLE";
          }).map((param) => this.visit(param, context));
          if (context.isPretty()) {
            const formattedTableParams = tableParams.map((p) => context.indent(p)).join("," + context.newline());
            output.push("RETURNS TABLE (" + context.newline() + formattedTableParams + context.newline() + ")");
          } else {
            output.push("RETURNS TABLE (");
            output.push(tableParams.join(", "));
            output.push(")");
          }
        } else if (node.returnType) {
          output.push("RETURNS");
          output.push(this.TypeName(node.returnType, context));
        }
        if (node.options && node.options.length > 0) {
          const funcContext = context.spawn("CreateFunctionStmt");
          const options = node.options.map((opt) => this.visit(opt, funcContext));
          output.push(...options);
        }
        if (node.sql_body) {
          const bodyType = this.getNodeType(node.sql_body);
          if (bodyType === "ReturnStmt") {
            output.push(this.visit(node.sql_body, context));
          } else {
            output.push("BEGIN ATOMIC");
            if (bodyType === "List") {
              const statements = list_utils_1.ListUtils.unwrapList(node.sql_body);
              if (statements.length === 0 || statements.length === 1 && Object.keys(statements[0]).length === 0) {
              } else {
                let actualStatements = statements;
                if (statements.length === 1 && statements[0].List) {
                  actualStatements = list_utils_1.ListUtils.unwrapList(statements[0]);
                }
                const stmtStrings = actualStatements.filter((stmt) => stmt && Object.keys(stmt).length > 0).map((stmt) => {
                  const stmtSql = this.visit(stmt, context);
                  return stmtSql.endsWith(";") ? stmtSql : stmtSql + ";";
                });
                if (stmtStrings.length > 0) {
                  output.push(stmtStrings.join(" "));
                }
              }
            } else {
              const bodyStmt = this.visit(node.sql_body, context);
              if (bodyStmt && !bodyStmt.endsWith(";")) {
                output.push(bodyStmt + ";");
              } else {
                output.push(bodyStmt);
              }
            }
            output.push("END");
          }
        }
        return output.join(" ");
      }
      FunctionParameter(node, context) {
        const output = [];
        if (node.mode) {
          switch (node.mode) {
            case "FUNC_PARAM_IN":
              output.push("IN");
              break;
            case "FUNC_PARAM_OUT":
              output.push("OUT");
              break;
            case "FUNC_PARAM_INOUT":
              output.push("INOUT");
              break;
            case "FUNC_PARAM_VARIADIC":
              output.push("VARIADIC");
              break;
          }
        }
        if (node.name) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
        }
        if (node.argType) {
          output.push(this.TypeName(node.argType, context));
        }
        if (node.defexpr) {
          output.push("DEFAULT");
          output.push(this.visit(node.defexpr, context));
        }
        return output.join(" ");
      }
      CreateEnumStmt(node, context) {
        const output = ["CREATE", "TYPE"];
        if (node.typeName) {
          const typeName = list_utils_1.ListUtils.unwrapList(node.typeName).map((name) => this.visit(name, context)).join(".");
          output.push(typeName);
        }
        output.push("AS", "ENUM");
        if (node.vals && node.vals.length > 0) {
          const enumContext = context.spawn("CreateEnumStmt", { isEnumValue: true });
          const values = list_utils_1.ListUtils.unwrapList(node.vals).map((val) => this.visit(val, enumContext)).join(", ");
          output.push(`(${values})`);
        } else {
          output.push("()");
        }
        return output.join(" ");
      }
      CreateDomainStmt(node, context) {
        const output = ["CREATE", "DOMAIN"];
        if (node.domainname) {
          const domainName = list_utils_1.ListUtils.unwrapList(node.domainname).map((name) => this.visit(name, context)).join(".");
          output.push(domainName);
        }
        if (node.typeName) {
          output.push("AS");
          output.push(this.TypeName(node.typeName, context));
        }
        if (node.collClause) {
          output.push(this.CollateClause(node.collClause, context));
        }
        if (node.constraints) {
          const constraints = list_utils_1.ListUtils.unwrapList(node.constraints).map((constraint) => this.visit(constraint, context)).join(" ");
          if (constraints) {
            output.push(constraints);
          }
        }
        return output.join(" ");
      }
      CreateRoleStmt(node, context) {
        const output = ["CREATE"];
        if (node.stmt_type === "ROLESTMT_ROLE") {
          output.push("ROLE");
        } else if (node.stmt_type === "ROLESTMT_USER") {
          output.push("USER");
        } else if (node.stmt_type === "ROLESTMT_GROUP") {
          output.push("GROUP");
        } else {
          output.push("ROLE");
        }
        if (node.role) {
          const roleName = quotes_1.QuoteUtils.quoteIdentifier(node.role);
          output.push(roleName);
        }
        if (node.options) {
          const options = list_utils_1.ListUtils.unwrapList(node.options).map((option) => this.visit(option, context.spawn("CreateRoleStmt"))).join(" ");
          if (options) {
            output.push("WITH");
            output.push(options);
          }
        }
        return output.join(" ");
      }
      DefElem(node, context) {
        if (!node.defname) {
          return "";
        }
        if (context.parentNodeTypes.includes("DefineStmt") && ["commutator", "negator"].includes(node.defname.toLowerCase())) {
          if (node.arg && this.getNodeType(node.arg) === "List") {
            const listData = this.getNodeData(node.arg);
            const listItems = list_utils_1.ListUtils.unwrapList(listData.items);
            if (listItems.length === 1 && listItems[0].String) {
              const preservedName = this.preserveOperatorDefElemCase(node.defname);
              return `${preservedName} = ${listItems[0].String.sval}`;
            }
          }
        }
        if (context.parentNodeTypes.includes("IndexElem")) {
          if (node.arg && this.getNodeType(node.arg) === "String") {
            const stringData = this.getNodeData(node.arg);
            return `${node.defname}='${stringData.sval}'`;
          }
          return `${node.defname}=${this.visit(node.arg, context.spawn("DefElem"))}`;
        }
        if (context.parentNodeTypes.includes("DefineStmt") && ["hashes", "merges"].includes(node.defname.toLowerCase()) && !node.arg) {
          if (node.defname !== node.defname.toLowerCase() && node.defname !== node.defname.toUpperCase()) {
            return quotes_1.QuoteUtils.quoteIdentifier(node.defname);
          }
          return node.defname.charAt(0).toUpperCase() + node.defname.slice(1).toLowerCase();
        }
        if (context.parentNodeTypes.includes("AlterFdwStmt") || context.parentNodeTypes.includes("CreateFdwStmt") || context.parentNodeTypes.includes("CreateForeignServerStmt") || context.parentNodeTypes.includes("AlterForeignServerStmt") || context.parentNodeTypes.includes("CreateUserMappingStmt") || context.parentNodeTypes.includes("AlterUserMappingStmt") || context.parentNodeTypes.includes("ColumnDef") || context.parentNodeTypes.includes("CreateForeignTableStmt") || context.parentNodeTypes.includes("ImportForeignSchemaStmt") || context.alterColumnOptions || context.alterTableOptions) {
          if (["handler", "validator"].includes(node.defname)) {
            if (!node.arg) {
              return `NO ${node.defname.toUpperCase()}`;
            }
            const defElemContext = context.spawn("DefElem");
            const argValue = this.visit(node.arg, defElemContext);
            return `${node.defname.toUpperCase()} ${argValue}`;
          }
          if (node.arg) {
            const defElemContext = context.spawn("DefElem");
            const argValue = this.visit(node.arg, defElemContext);
            if (context.parentNodeTypes.includes("CreateFdwStmt") || context.parentNodeTypes.includes("AlterFdwStmt")) {
              const finalValue = typeof argValue === "string" && !argValue.startsWith("'") ? `'${argValue}'` : argValue;
              const quotedDefname2 = quotes_1.QuoteUtils.quoteIdentifier(node.defname);
              if (node.defaction === "DEFELEM_ADD") {
                return `ADD ${quotedDefname2} ${finalValue}`;
              } else if (node.defaction === "DEFELEM_DROP") {
                return `DROP ${quotedDefname2}`;
              } else if (node.defaction === "DEFELEM_SET") {
                return `SET ${quotedDefname2} ${finalValue}`;
              }
              return `${quotedDefname2} ${finalValue}`;
            }
            const quotedValue = typeof argValue === "string" && !argValue.startsWith("'") ? `'${argValue}'` : argValue;
            if (node.defaction === "DEFELEM_ADD") {
              return `ADD ${node.defname} ${quotedValue}`;
            } else if (node.defaction === "DEFELEM_DROP") {
              return `DROP ${node.defname}`;
            } else if (node.defaction === "DEFELEM_SET") {
              return `SET ${node.defname} ${quotedValue}`;
            }
            const quotedDefname = quotes_1.QuoteUtils.quoteIdentifier(node.defname);
            return `${quotedDefname} ${quotedValue}`;
          } else if (node.defaction === "DEFELEM_DROP") {
            return `DROP ${node.defname}`;
          }
        }
        if ((context.parentNodeTypes.includes("CreateSeqStmt") || context.parentNodeTypes.includes("AlterSeqStmt")) && (node.defname === "minvalue" || node.defname === "maxvalue") && !node.arg) {
          return `NO ${node.defname.toUpperCase()}`;
        }
        if (context.parentNodeTypes.includes("CreateRoleStmt") || context.parentNodeTypes.includes("AlterRoleStmt")) {
          if (node.defname === "password") {
            if (!node.arg) {
              return "PASSWORD NULL";
            }
            const defElemContext = context.spawn("DefElem");
            const argValue = this.visit(node.arg, defElemContext);
            const quotedValue = typeof argValue === "string" && !argValue.startsWith("'") ? `'${argValue}'` : argValue;
            return `PASSWORD ${quotedValue}`;
          }
        }
        if (node.arg) {
          const defElemContext = context.spawn("DefElem");
          const argValue = this.visit(node.arg, defElemContext);
          if (context.parentNodeTypes.includes("AlterOperatorStmt")) {
            if (node.arg && this.getNodeType(node.arg) === "TypeName") {
              const typeNameData = this.getNodeData(node.arg);
              if (typeNameData.names) {
                const names = list_utils_1.ListUtils.unwrapList(typeNameData.names);
                if (names.length === 1 && names[0].String) {
                  return `${node.defname} = ${names[0].String.sval}`;
                }
              }
            }
            if (node.arg && this.getNodeType(node.arg) === "List") {
              const listData = this.getNodeData(node.arg);
              const listItems = list_utils_1.ListUtils.unwrapList(listData.items);
              if (listItems.length === 1 && listItems[0].String) {
                return `${node.defname} = ${listItems[0].String.sval}`;
              }
            }
          }
          if (context.parentNodeTypes.includes("CreatedbStmt") || context.parentNodeTypes.includes("DropdbStmt")) {
            const quotedValue2 = typeof argValue === "string" ? quotes_1.QuoteUtils.escape(argValue) : argValue;
            return `${node.defname} = ${quotedValue2}`;
          }
          if (context.parentNodeTypes.includes("CreateForeignServerStmt") || context.parentNodeTypes.includes("AlterForeignServerStmt")) {
            const quotedValue2 = typeof argValue === "string" ? quotes_1.QuoteUtils.escape(argValue) : argValue;
            const quotedDefname = quotes_1.QuoteUtils.quoteIdentifier(node.defname);
            return `${quotedDefname} ${quotedValue2}`;
          }
          if (context.parentNodeTypes.includes("CreateRoleStmt") || context.parentNodeTypes.includes("AlterRoleStmt")) {
            if (node.defname === "rolemembers") {
              if (node.arg && this.getNodeType(node.arg) === "List") {
                const listData = this.getNodeData(node.arg);
                const listItems = list_utils_1.ListUtils.unwrapList(listData.items);
                const roleNames = listItems.map((item) => this.visit(item, context));
                if (context.parentNodeTypes.includes("CreateRoleStmt")) {
                  return `ROLE ${roleNames.join(", ")}`;
                } else {
                  return `ADD USER ${roleNames.join(", ")}`;
                }
              }
            }
            if (node.defname === "addroleto") {
              if (node.arg && this.getNodeType(node.arg) === "List") {
                const listData = this.getNodeData(node.arg);
                const listItems = list_utils_1.ListUtils.unwrapList(listData.items);
                const roleNames = listItems.map((item) => this.visit(item, context));
                return `IN ROLE ${roleNames.join(", ")}`;
              }
            }
            if (node.defname === "validUntil") {
              const quotedValue2 = typeof argValue === "string" && !argValue.startsWith("'") ? `'${argValue}'` : argValue;
              return `VALID UNTIL ${quotedValue2}`;
            }
            if (node.defname === "adminmembers") {
              return `ADMIN ${argValue}`;
            }
            if (node.defname === "connectionlimit") {
              return `CONNECTION LIMIT ${argValue}`;
            }
            if (node.defname === "sysid") {
              return `SYSID ${argValue}`;
            }
            if (String(argValue) === "true") {
              if (node.defname === "isreplication") {
                return "REPLICATION";
              }
              if (node.defname === "canlogin") {
                return "LOGIN";
              }
              return node.defname.toUpperCase();
            } else if (String(argValue) === "false") {
              if (node.defname === "canlogin") {
                return "NOLOGIN";
              }
              if (node.defname === "isreplication") {
                return "NOREPLICATION";
              }
              return `NO${node.defname.toUpperCase()}`;
            }
          }
          if (context.parentNodeTypes.includes("CreateSeqStmt") || context.parentNodeTypes.includes("AlterSeqStmt")) {
            if (node.defname === "owned_by") {
              if (node.arg && this.getNodeType(node.arg) === "List") {
                const listData = this.getNodeData(node.arg);
                const listItems = list_utils_1.ListUtils.unwrapList(listData.items);
                if (listItems.length === 1 && listItems[0].String?.sval === "none") {
                  return "OWNED BY NONE";
                }
                const parts = listItems.map((item) => {
                  const itemData = this.getNodeData(item);
                  if (this.getNodeType(item) === "String") {
                    const value = itemData.sval;
                    return quotes_1.QuoteUtils.quoteIdentifier(value);
                  }
                  return this.visit(item, context);
                });
                return `OWNED BY ${parts.join(".")}`;
              } else {
                return `OWNED BY ${argValue}`;
              }
            }
            if (node.defname === "cycle") {
              const boolValue = String(argValue).toLowerCase();
              if (boolValue === "true" || boolValue === "1") {
                return "CYCLE";
              } else if (boolValue === "false" || boolValue === "0") {
                return "NO CYCLE";
              }
            }
            if ((node.defname === "minvalue" || node.defname === "maxvalue") && !node.arg) {
              return `NO ${node.defname.toUpperCase()}`;
            }
            return `${node.defname.toUpperCase()} ${argValue}`;
          }
          if (context.parentNodeTypes.includes("CreateTableSpaceStmt") || context.parentNodeTypes.includes("AlterTableSpaceOptionsStmt")) {
            return `${node.defname.toUpperCase()} ${argValue}`;
          }
          if (context.parentNodeTypes.includes("ExplainStmt")) {
            if (argValue) {
              return `${node.defname.toUpperCase()} ${argValue.toUpperCase()}`;
            } else {
              return node.defname.toUpperCase();
            }
          }
          if (context.parentNodeTypes.includes("DoStmt")) {
            if (node.defname === "as") {
              const defElemContext2 = context.spawn("DefElem");
              const argValue2 = node.arg ? this.visit(node.arg, defElemContext2) : "";
              if (Array.isArray(argValue2)) {
                const bodyParts = argValue2;
                const body = bodyParts.join("");
                const delimiter = this.getFunctionDelimiter(body);
                return `${delimiter}${body}${delimiter}`;
              } else {
                const delimiter = this.getFunctionDelimiter(argValue2);
                return `${delimiter}${argValue2}${delimiter}`;
              }
            }
            return "";
          }
          if (context.parentNodeTypes.includes("CreateFunctionStmt") || context.parentNodeTypes.includes("AlterFunctionStmt")) {
            if (node.defname === "as") {
              if (node.arg && node.arg.List) {
                const listNode = node.arg.List;
                const listItems = listNode.items || [];
                const bodyParts = listItems.map((item) => {
                  if (item.String) {
                    return item.String.sval;
                  }
                  return this.visit(item, context);
                });
                if (bodyParts.length === 1) {
                  const body = bodyParts[0];
                  const delimiter = this.getFunctionDelimiter(body);
                  return `AS ${delimiter}${body}${delimiter}`;
                } else {
                  return `AS ${bodyParts.map((part) => {
                    const delimiter = this.getFunctionDelimiter(part);
                    return `${delimiter}${part}${delimiter}`;
                  }).join(", ")}`;
                }
              } else if (Array.isArray(argValue)) {
                const bodyParts = argValue;
                if (bodyParts.length === 1) {
                  const body = bodyParts[0];
                  const delimiter = this.getFunctionDelimiter(body);
                  return `AS ${delimiter}${body}${delimiter}`;
                } else {
                  return `AS ${bodyParts.map((part) => {
                    const delimiter = this.getFunctionDelimiter(part);
                    return `${delimiter}${part}${delimiter}`;
                  }).join(", ")}`;
                }
              } else {
                const delimiter = this.getFunctionDelimiter(argValue);
                return `AS ${delimiter}${argValue}${delimiter}`;
              }
            }
            if (node.defname === "language") {
              return `LANGUAGE ${argValue}`;
            }
            if (node.defname === "volatility") {
              return argValue.toUpperCase();
            }
            if (node.defname === "strict") {
              return argValue === "true" ? "STRICT" : "CALLED ON NULL INPUT";
            }
            if (node.defname === "security") {
              return argValue === "true" ? "SECURITY DEFINER" : "SECURITY INVOKER";
            }
            if (node.defname === "leakproof") {
              return argValue === "true" ? "LEAKPROOF" : "NOT LEAKPROOF";
            }
            if (node.defname === "cost") {
              return `COST ${argValue}`;
            }
            if (node.defname === "rows") {
              return `ROWS ${argValue}`;
            }
            if (node.defname === "window") {
              return argValue === "true" ? "WINDOW" : "";
            }
            if (node.defname === "set") {
              return this.visit(node.arg, context);
            }
            return `${node.defname.toUpperCase()} ${argValue}`;
          }
          if (context.parentNodeTypes.includes("CreateExtensionStmt") || context.parentNodeTypes.includes("AlterExtensionStmt") || context.parentNodeTypes.includes("CreateFdwStmt") || context.parentNodeTypes.includes("AlterFdwStmt")) {
            if (context.parentNodeTypes.includes("AlterExtensionStmt")) {
              if (node.defname === "new_version") {
                const quotedValue2 = typeof argValue === "string" && !argValue.startsWith("'") ? `'${argValue}'` : argValue;
                return `UPDATE TO ${quotedValue2}`;
              }
              if (node.defname === "schema") {
                return `SET SCHEMA ${argValue}`;
              }
            }
            if (context.parentNodeTypes.includes("CreateFdwStmt")) {
              if (["handler", "validator"].includes(node.defname)) {
                return `${node.defname.toUpperCase()} ${argValue}`;
              }
              const quotedValue2 = typeof argValue === "string" ? quotes_1.QuoteUtils.escape(argValue) : argValue;
              return `${node.defname} ${quotedValue2}`;
            }
            if (node.defname === "cascade") {
              return argValue === "true" ? "CASCADE" : "";
            }
            return `${node.defname.toUpperCase()} ${argValue}`;
          }
          if (context.parentNodeTypes.includes("IndexStmt")) {
            return `${node.defname}=${argValue}`;
          }
          if (context.parentNodeTypes.includes("IndexElem")) {
            if (node.arg && this.getNodeType(node.arg) === "String") {
              const stringData = this.getNodeData(node.arg);
              return `${node.defname}='${stringData.sval}'`;
            }
            return `${node.defname}=${argValue}`;
          }
          if (context.parentNodeTypes.includes("CreateStmt")) {
            const relOptName = node.defnamespace ? `${quotes_1.QuoteUtils.quoteIdentifier(node.defnamespace)}.${quotes_1.QuoteUtils.quoteIdentifier(node.defname)}` : quotes_1.QuoteUtils.quoteIdentifier(node.defname);
            if (node.arg && this.getNodeType(node.arg) === "Integer") {
              const integerData = this.getNodeData(node.arg);
              return `${relOptName}=${integerData.ival}`;
            }
            return `${relOptName}=${argValue}`;
          }
          if (context.parentNodeTypes.includes("CreateEventTrigStmt")) {
            if (node.arg && this.getNodeType(node.arg) === "List") {
              const listData = this.getNodeData(node.arg);
              const listItems = list_utils_1.ListUtils.unwrapList(listData.items);
              const values = listItems.map((item) => {
                if (this.getNodeType(item) === "String") {
                  const stringData = this.getNodeData(item);
                  return `'${stringData.sval || ""}'`;
                }
                return this.visit(item, context);
              });
              return `${node.defname} IN (${values.join(", ")})`;
            }
            return `${node.defname} = ${argValue}`;
          }
          if ((context.parentNodeTypes.includes("AlterTableCmd") || context.parentNodeTypes.includes("AlterTableStmt")) && !context.parentNodeTypes.includes("ColumnDef")) {
            const optionName = node.defnamespace ? `${node.defnamespace}.${node.defname}` : node.defname;
            if (node.arg && this.getNodeType(node.arg) === "TypeName") {
              return `${optionName} = ${argValue}`;
            }
            return `${optionName} = ${argValue}`;
          }
          if (context.parentNodeTypes.includes("ViewStmt")) {
            if (typeof argValue === "string" && /^\d+$/.test(argValue)) {
              return `${node.defname}=${argValue}`;
            }
            const quotedValue2 = typeof argValue === "string" ? quotes_1.QuoteUtils.escape(argValue) : argValue;
            return `${node.defname} = ${quotedValue2}`;
          }
          if (context.parentNodeTypes.includes("CopyStmt")) {
            const optName = node.defname.toUpperCase();
            if (!node.arg) {
              return optName;
            }
            const copyArgType = this.getNodeType(node.arg);
            if (copyArgType === "Boolean" && this.getNodeData(node.arg).boolval !== false) {
              return optName;
            }
            if (copyArgType === "List") {
              const items = list_utils_1.ListUtils.unwrapList(this.getNodeData(node.arg).items).map((item) => this.visit(item, context));
              return `${optName} (${items.join(", ")})`;
            }
            if (copyArgType === "String") {
              const sval = this.getNodeData(node.arg).sval;
              if (node.defname === "format") {
                return `${optName} ${sval}`;
              }
              return `${optName} ${quotes_1.QuoteUtils.escape(sval)}`;
            }
            return `${optName} ${argValue}`;
          }
          if (context.parentNodeTypes.includes("DefineStmt")) {
            const preservedName = this.preserveOperatorDefElemCase(node.defname);
            if (["commutator", "negator"].includes(node.defname.toLowerCase())) {
              if (node.arg) {
                if (node.arg && this.getNodeType(node.arg) === "List") {
                  const listData = this.getNodeData(node.arg);
                  const listItems = list_utils_1.ListUtils.unwrapList(listData.items);
                  if (listItems.length === 1 && listItems[0].String) {
                    return `${preservedName} = ${listItems[0].String.sval}`;
                  }
                }
                const unquotedValue = argValue.replace(/^"(.*)"$/, "$1");
                return `${preservedName} = ${unquotedValue}`;
              }
              return preservedName;
            }
            if (["hashes", "merges"].includes(node.defname.toLowerCase())) {
              if (node.defname !== node.defname.toLowerCase() && node.defname !== node.defname.toUpperCase()) {
                return quotes_1.QuoteUtils.quoteIdentifier(node.defname);
              }
              return preservedName.toUpperCase();
            }
            const quotedDefname = quotes_1.QuoteUtils.quoteIdentifier(node.defname);
            if (quotedDefname !== node.defname) {
              if (node.arg) {
                if (this.getNodeType(node.arg) === "String") {
                  const stringData = this.getNodeData(node.arg);
                  if (stringData.sval === "true" || stringData.sval === "false") {
                    return `${quotedDefname} = ${stringData.sval}`;
                  }
                  return `${quotedDefname} = '${stringData.sval}'`;
                }
                return `${quotedDefname} = ${argValue}`;
              }
              return quotedDefname;
            }
            if (preservedName !== node.defname) {
              if (node.arg) {
                return `${preservedName} = ${argValue}`;
              }
              return preservedName;
            }
            if (node.arg && this.getNodeType(node.arg) === "String") {
              const stringData = this.getNodeData(node.arg);
              if (stringData.sval === "true" || stringData.sval === "false") {
                return `${node.defname} = ${stringData.sval}`;
              }
              return `${node.defname} = '${stringData.sval}'`;
            }
            if (node.arg && this.getNodeType(node.arg) === "Boolean") {
              const boolData = this.getNodeData(node.arg);
              return `${node.defname} = ${boolData.boolval ? "true" : "false"}`;
            }
            if (node.arg && this.getNodeType(node.arg) === "Integer") {
              const intData = this.getNodeData(node.arg);
              return `${node.defname} = ${intData.ival}`;
            }
            if (node.arg && this.getNodeType(node.arg) === "TypeName") {
              const typeNameData = this.getNodeData(node.arg);
              if (typeNameData.names) {
                const names = list_utils_1.ListUtils.unwrapList(typeNameData.names);
                if (names.length === 1 && names[0].String) {
                  return `${node.defname} = ${names[0].String.sval}`;
                }
              }
              return `${node.defname} = ${argValue}`;
            }
          }
          const argType = this.getNodeType(node.arg);
          if (argType === "TypeName" || argType === "Integer" || argType === "Float" || argType === "Boolean") {
            return `${node.defname} = ${argValue}`;
          }
          const quotedValue = typeof argValue === "string" ? quotes_1.QuoteUtils.escape(argValue) : argValue;
          return `${node.defname} = ${quotedValue}`;
        }
        if (context.parentNodeTypes.includes("DefineStmt") && !node.arg) {
          if (node.defname !== node.defname.toLowerCase() && node.defname !== node.defname.toUpperCase()) {
            return quotes_1.QuoteUtils.quoteIdentifier(node.defname);
          }
        }
        return node.defname.toUpperCase();
      }
      CreateTableSpaceStmt(node, context) {
        const output = ["CREATE", "TABLESPACE"];
        if (node.tablespacename) {
          output.push(node.tablespacename);
        }
        if (node.owner) {
          output.push("OWNER");
          output.push(this.RoleSpec(node.owner, context));
        }
        if (node.location) {
          output.push("LOCATION");
          output.push(`'${node.location}'`);
        }
        if (node.options && node.options.length > 0) {
          output.push("WITH");
          const tsContext = context.spawn("CreateTableSpaceStmt");
          const options = list_utils_1.ListUtils.unwrapList(node.options).map((option) => this.visit(option, tsContext)).join(", ");
          output.push(`(${options})`);
        }
        return output.join(" ");
      }
      DropTableSpaceStmt(node, context) {
        const output = ["DROP", "TABLESPACE"];
        if (node.missing_ok) {
          output.push("IF", "EXISTS");
        }
        if (node.tablespacename) {
          output.push(node.tablespacename);
        }
        return output.join(" ");
      }
      AlterTableSpaceOptionsStmt(node, context) {
        const output = ["ALTER", "TABLESPACE"];
        if (node.tablespacename) {
          output.push(node.tablespacename);
        }
        if (node.isReset) {
          output.push("RESET");
        } else {
          output.push("SET");
        }
        if (node.options && node.options.length > 0) {
          const tablespaceContext = context.spawn("AlterTableSpaceOptionsStmt");
          const options = list_utils_1.ListUtils.unwrapList(node.options).map((option) => this.visit(option, tablespaceContext)).join(", ");
          output.push(`(${options})`);
        }
        return output.join(" ");
      }
      CreateExtensionStmt(node, context) {
        const output = ["CREATE", "EXTENSION"];
        if (node.if_not_exists) {
          output.push("IF", "NOT", "EXISTS");
        }
        if (node.extname) {
          output.push(this.quoteIfNeeded(node.extname));
        }
        if (node.options && node.options.length > 0) {
          const extContext = context.spawn("CreateExtensionStmt");
          const options = list_utils_1.ListUtils.unwrapList(node.options).map((option) => this.visit(option, extContext)).join(" ");
          output.push(options);
        }
        return output.join(" ");
      }
      AlterExtensionStmt(node, context) {
        const output = ["ALTER", "EXTENSION"];
        if (node.extname) {
          output.push(this.quoteIfNeeded(node.extname));
        }
        if (node.options && node.options.length > 0) {
          const extContext = context.spawn("AlterExtensionStmt");
          const options = list_utils_1.ListUtils.unwrapList(node.options).map((option) => this.visit(option, extContext)).join(" ");
          output.push(options);
        }
        return output.join(" ");
      }
      AlterExtensionContentsStmt(node, context) {
        const output = ["ALTER", "EXTENSION"];
        if (node.extname) {
          output.push(this.quoteIfNeeded(node.extname));
        }
        if (node.action === 1) {
          output.push("ADD");
        } else if (node.action === -1) {
          output.push("DROP");
        }
        if (node.objtype) {
          try {
            output.push(this.getObjectTypeKeyword(node.objtype));
          } catch {
            output.push(node.objtype.toString());
          }
        }
        if (node.object) {
          output.push(this.visit(node.object, context));
        }
        return output.join(" ");
      }
      CreateFdwStmt(node, context) {
        const output = ["CREATE", "FOREIGN", "DATA", "WRAPPER"];
        if (node.fdwname) {
          output.push(node.fdwname);
        }
        if (node.func_options && node.func_options.length > 0) {
          const fdwContext = context.spawn("CreateFdwStmt");
          const funcOptions = list_utils_1.ListUtils.unwrapList(node.func_options).map((option) => this.visit(option, fdwContext)).join(" ");
          output.push(funcOptions);
        }
        if (node.options && node.options.length > 0) {
          output.push("OPTIONS");
          const fdwContext = context.spawn("CreateFdwStmt");
          const options = list_utils_1.ListUtils.unwrapList(node.options).map((option) => this.visit(option, fdwContext)).join(", ");
          output.push(`(${options})`);
        }
        return output.join(" ");
      }
      SetOperationStmt(node, context) {
        const output = [];
        if (node.larg) {
          output.push(this.visit(node.larg, context));
        }
        if (node.op) {
          switch (node.op) {
            case "SETOP_UNION":
              output.push(node.all ? "UNION ALL" : "UNION");
              break;
            case "SETOP_INTERSECT":
              output.push(node.all ? "INTERSECT ALL" : "INTERSECT");
              break;
            case "SETOP_EXCEPT":
              output.push(node.all ? "EXCEPT ALL" : "EXCEPT");
              break;
            default:
              throw new Error(`Unsupported SetOperation: ${node.op}`);
          }
        }
        if (node.rarg) {
          output.push(this.visit(node.rarg, context));
        }
        return output.join(" ");
      }
      ReplicaIdentityStmt(node, context) {
        const output = [];
        if (node.identity_type) {
          switch (node.identity_type) {
            case "d":
            case "REPLICA_IDENTITY_DEFAULT":
              output.push("DEFAULT");
              break;
            case "f":
            case "REPLICA_IDENTITY_FULL":
              output.push("FULL");
              break;
            case "n":
            case "REPLICA_IDENTITY_NOTHING":
              output.push("NOTHING");
              break;
            case "i":
            case "REPLICA_IDENTITY_INDEX":
              output.push("USING", "INDEX");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              break;
            default:
              throw new Error(`Unsupported replica identity type: ${node.identity_type}`);
          }
        }
        return output.join(" ");
      }
      AlterCollationStmt(node, context) {
        const output = ["ALTER", "COLLATION"];
        if (node.collname && node.collname.length > 0) {
          const collationName2 = list_utils_1.ListUtils.unwrapList(node.collname).map((name) => this.visit(name, context)).join(".");
          output.push(collationName2);
        }
        output.push("REFRESH", "VERSION");
        return output.join(" ");
      }
      AlterDomainStmt(node, context) {
        const output = ["ALTER", "DOMAIN"];
        if (node.typeName && node.typeName.length > 0) {
          const domainName = list_utils_1.ListUtils.unwrapList(node.typeName).map((name) => this.visit(name, context)).join(".");
          output.push(domainName);
        }
        if (node.subtype) {
          switch (node.subtype) {
            case "AT_SetNotNull":
              output.push("SET", "NOT", "NULL");
              break;
            case "AT_DropNotNull":
              output.push("DROP", "NOT", "NULL");
              break;
            case "AT_SetDefault":
              output.push("SET", "DEFAULT");
              if (node.def) {
                output.push(this.visit(node.def, context));
              }
              break;
            case "AT_DropDefault":
              output.push("DROP", "DEFAULT");
              break;
            case "AT_AddConstraint":
              output.push("ADD");
              if (node.def) {
                const domainContext = context.spawn("CreateDomainStmt", { isDomainConstraint: true });
                output.push(this.visit(node.def, domainContext));
              }
              break;
            case "AT_DropConstraint":
              output.push("DROP", "CONSTRAINT");
              if (node.missing_ok) {
                output.push("IF", "EXISTS");
              }
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              if (node.behavior === "DROP_CASCADE") {
                output.push("CASCADE");
              }
              break;
            case "AT_ValidateConstraint":
              output.push("VALIDATE", "CONSTRAINT");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              break;
            case "C":
              output.push("ADD");
              if (node.def) {
                const domainContext = context.spawn("CreateDomainStmt", { isDomainConstraint: true });
                output.push(this.visit(node.def, domainContext));
              }
              break;
            case "X":
              output.push("DROP", "CONSTRAINT");
              if (node.missing_ok) {
                output.push("IF", "EXISTS");
              }
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              if (node.behavior === "DROP_CASCADE") {
                output.push("CASCADE");
              }
              break;
            case "V":
              output.push("VALIDATE", "CONSTRAINT");
              if (node.name) {
                output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
              }
              break;
            case "O":
              output.push("SET", "NOT", "NULL");
              break;
            case "N":
              output.push("DROP", "NOT", "NULL");
              break;
            case "T":
              if (node.def) {
                output.push("SET", "DEFAULT");
                output.push(this.visit(node.def, context));
              } else {
                output.push("DROP", "DEFAULT");
              }
              break;
            default:
              throw new Error(`Unsupported AlterDomainStmt subtype: ${node.subtype}`);
          }
        }
        return output.join(" ");
      }
      PrepareStmt(node, context) {
        const output = ["PREPARE"];
        if (node.name) {
          output.push(node.name);
        }
        if (node.argtypes && node.argtypes.length > 0) {
          const argTypes = list_utils_1.ListUtils.unwrapList(node.argtypes).map((argType) => this.visit(argType, context)).join(", ");
          output.push(`(${argTypes})`);
        }
        output.push("AS");
        if (node.query) {
          output.push(this.visit(node.query, context));
        }
        return output.join(" ");
      }
      ExecuteStmt(node, context) {
        const output = ["EXECUTE"];
        if (node.name) {
          output.push(node.name);
        }
        if (node.params && node.params.length > 0) {
          const params = list_utils_1.ListUtils.unwrapList(node.params).map((param) => this.visit(param, context)).join(", ");
          output.push(`(${params})`);
        }
        return output.join(" ");
      }
      DeallocateStmt(node, context) {
        const output = ["DEALLOCATE"];
        if (node.isall) {
          output.push("ALL");
        } else if (node.name) {
          output.push(node.name);
        }
        return output.join(" ");
      }
      NotifyStmt(node, context) {
        const output = ["NOTIFY"];
        if (node.conditionname) {
          output.push(node.conditionname);
        }
        if (node.payload !== null && node.payload !== void 0) {
          output.push(",");
          output.push(`'${node.payload}'`);
        }
        return output.join(" ");
      }
      ListenStmt(node, context) {
        const output = ["LISTEN"];
        if (node.conditionname) {
          output.push(node.conditionname);
        }
        return output.join(" ");
      }
      UnlistenStmt(node, context) {
        const output = ["UNLISTEN"];
        if (node.conditionname) {
          output.push(node.conditionname);
        } else {
          output.push("*");
        }
        return output.join(" ");
      }
      CheckPointStmt(node, context) {
        return "CHECKPOINT";
      }
      LoadStmt(node, context) {
        if (!node.filename) {
          throw new Error("LoadStmt requires filename");
        }
        return `LOAD '${node.filename}'`;
      }
      DiscardStmt(node, context) {
        switch (node.target) {
          case "DISCARD_ALL":
            return "DISCARD ALL";
          case "DISCARD_PLANS":
            return "DISCARD PLANS";
          case "DISCARD_SEQUENCES":
            return "DISCARD SEQUENCES";
          case "DISCARD_TEMP":
            return "DISCARD TEMP";
          default:
            throw new Error(`Unsupported DiscardStmt target: ${node.target}`);
        }
      }
      CommentStmt(node, context) {
        const output = ["COMMENT ON"];
        if (node.objtype) {
          switch (node.objtype) {
            case "OBJECT_TABLE":
              output.push("TABLE");
              break;
            case "OBJECT_COLUMN":
              output.push("COLUMN");
              break;
            case "OBJECT_INDEX":
              output.push("INDEX");
              break;
            case "OBJECT_FUNCTION":
              output.push("FUNCTION");
              break;
            case "OBJECT_VIEW":
              output.push("VIEW");
              break;
            case "OBJECT_SCHEMA":
              output.push("SCHEMA");
              break;
            case "OBJECT_DATABASE":
              output.push("DATABASE");
              break;
            case "OBJECT_MATVIEW":
              output.push("MATERIALIZED VIEW");
              break;
            case "OBJECT_TABCONSTRAINT":
              output.push("CONSTRAINT");
              break;
            case "OBJECT_DOMCONSTRAINT":
              output.push("CONSTRAINT");
              break;
            case "OBJECT_TRIGGER":
              output.push("TRIGGER");
              break;
            case "OBJECT_FDW":
              output.push("FOREIGN DATA WRAPPER");
              break;
            case "OBJECT_EVENT_TRIGGER":
              output.push("EVENT TRIGGER");
              break;
            case "OBJECT_FOREIGN_SERVER":
              output.push("SERVER");
              break;
            case "OBJECT_FOREIGN_TABLE":
              output.push("FOREIGN TABLE");
              break;
            case "OBJECT_STATISTIC_EXT":
              output.push("STATISTICS");
              break;
            case "OBJECT_LARGEOBJECT":
              output.push("LARGE OBJECT");
              break;
            case "OBJECT_OPERATOR":
              output.push("OPERATOR");
              break;
            case "OBJECT_OPCLASS":
              output.push("OPERATOR CLASS");
              break;
            case "OBJECT_OPFAMILY":
              output.push("OPERATOR FAMILY");
              break;
            case "OBJECT_POLICY":
              output.push("POLICY");
              break;
            case "OBJECT_TSPARSER":
              output.push("TEXT SEARCH PARSER");
              break;
            case "OBJECT_TSDICTIONARY":
              output.push("TEXT SEARCH DICTIONARY");
              break;
            case "OBJECT_TSTEMPLATE":
              output.push("TEXT SEARCH TEMPLATE");
              break;
            case "OBJECT_TSCONFIGURATION":
              output.push("TEXT SEARCH CONFIGURATION");
              break;
            case "OBJECT_TRANSFORM":
              output.push("TRANSFORM");
              break;
            default:
              output.push(node.objtype.replace("OBJECT_", ""));
          }
        }
        if (node.object) {
          if (node.object && typeof node.object === "object" && "List" in node.object) {
            const list = node.object.List;
            if (list.items && list.items.length > 0) {
              const objectParts = list_utils_1.ListUtils.unwrapList(list.items).map((item) => this.visit(item, context));
              if (node.objtype === "OBJECT_TABCONSTRAINT") {
                if (objectParts.length === 3) {
                  const [schema, table, constraint] = objectParts;
                  output.push(constraint);
                  output.push("ON");
                  output.push(`${schema}.${table}`);
                } else if (objectParts.length === 2) {
                  const [table, constraint] = objectParts;
                  output.push(constraint);
                  output.push("ON");
                  output.push(table);
                } else {
                  output.push(objectParts.join("."));
                }
              } else if (node.objtype === "OBJECT_DOMCONSTRAINT") {
                if (objectParts.length === 2) {
                  const [domain, constraint] = objectParts;
                  output.push(constraint, "ON DOMAIN", domain);
                } else {
                  output.push(objectParts.join("."));
                }
              } else if (node.objtype === "OBJECT_TRIGGER") {
                if (objectParts.length === 2) {
                  const [table, trigger] = objectParts;
                  output.push(trigger);
                  output.push("ON");
                  output.push(table);
                } else {
                  output.push(objectParts.join("."));
                }
              } else if (node.objtype === "OBJECT_RULE") {
                if (objectParts.length === 2) {
                  const [table, rule] = objectParts;
                  output.push(rule);
                  output.push("ON");
                  output.push(table);
                } else {
                  output.push(objectParts.join("."));
                }
              } else if (node.objtype === "OBJECT_OPERATOR") {
                if (node.object && node.object.ObjectWithArgs) {
                  const objWithArgs = node.object.ObjectWithArgs;
                  let operatorName = objWithArgs.objname && objWithArgs.objname[0] && objWithArgs.objname[0].String ? objWithArgs.objname[0].String.sval : "unknown";
                  if (operatorName.startsWith('"') && operatorName.endsWith('"')) {
                    operatorName = operatorName.slice(1, -1);
                  }
                  const args = [];
                  if (objWithArgs.objargs) {
                    objWithArgs.objargs.forEach((arg) => {
                      if (!arg || Object.keys(arg).length === 0) {
                        args.push("NONE");
                      } else if (arg.TypeName) {
                        const typeName = this.visit(arg, context);
                        args.push(typeName);
                      } else {
                        args.push("unknown");
                      }
                    });
                  }
                  output.push(`${operatorName} (${args.join(", ")})`);
                } else {
                  output.push(objectParts.join("."));
                }
              } else if (node.objtype === "OBJECT_OPCLASS" || node.objtype === "OBJECT_OPFAMILY") {
                if (objectParts.length >= 2) {
                  const className = objectParts[objectParts.length - 1];
                  const accessMethod = objectParts[objectParts.length - 2];
                  output.push(`${className} USING ${accessMethod}`);
                } else {
                  output.push(objectParts.join(" USING "));
                }
              } else if (node.objtype === "OBJECT_POLICY") {
                if (objectParts.length === 2) {
                  const [table, policy] = objectParts;
                  output.push(policy);
                  output.push("ON");
                  output.push(table);
                } else {
                  output.push(objectParts.join("."));
                }
              } else if (node.objtype === "OBJECT_TRANSFORM") {
                if (objectParts.length === 2) {
                  const [type, language] = objectParts;
                  output.push("FOR");
                  output.push(type);
                  output.push("LANGUAGE");
                  output.push(language);
                } else {
                  output.push(objectParts.join("."));
                }
              } else {
                output.push(objectParts.join("."));
              }
            }
          } else if (node.objtype === "OBJECT_OPERATOR" && node.object && node.object.ObjectWithArgs) {
            const objWithArgs = node.object.ObjectWithArgs;
            let operatorName = objWithArgs.objname && objWithArgs.objname[0] && objWithArgs.objname[0].String ? objWithArgs.objname[0].String.sval : "unknown";
            if (operatorName.startsWith('"') && operatorName.endsWith('"')) {
              operatorName = operatorName.slice(1, -1);
            }
            const args = [];
            if (objWithArgs.objargs) {
              objWithArgs.objargs.forEach((arg) => {
                if (!arg || Object.keys(arg).length === 0) {
                  args.push("NONE");
                } else if (arg.TypeName) {
                  const typeName = this.visit(arg, context);
                  args.push(typeName);
                } else {
                  args.push("unknown");
                }
              });
            }
            output.push(`${operatorName}(${args.join(", ")})`);
          } else {
            const objContext = context.spawn("CommentStmt", { objtype: node.objtype });
            output.push(this.visit(node.object, objContext));
          }
        }
        output.push("IS");
        if (node.comment === null || node.comment === void 0) {
          output.push("NULL");
        } else if (node.comment) {
          output.push(quotes_1.QuoteUtils.formatEString(node.comment));
        }
        return output.join(" ");
      }
      LockStmt(node, context) {
        const output = ["LOCK", "TABLE"];
        if (node.relations && node.relations.length > 0) {
          const relations = list_utils_1.ListUtils.unwrapList(node.relations).map((rel) => this.visit(rel, context)).join(", ");
          output.push(relations);
        }
        if (node.mode !== void 0) {
          const lockModes = [
            "",
            // mode 0 (unused)
            "ACCESS SHARE",
            // mode 1
            "ROW SHARE",
            // mode 2
            "ROW EXCLUSIVE",
            // mode 3
            "SHARE UPDATE EXCLUSIVE",
            // mode 4
            "SHARE",
            // mode 5
            "SHARE ROW EXCLUSIVE",
            // mode 6
            "EXCLUSIVE",
            // mode 7
            "ACCESS EXCLUSIVE"
            // mode 8
          ];
          if (node.mode >= 1 && node.mode < lockModes.length) {
            output.push("IN", lockModes[node.mode], "MODE");
          }
        }
        if (node.nowait) {
          output.push("NOWAIT");
        }
        return output.join(" ");
      }
      CreatePolicyStmt(node, context) {
        const output = [];
        const initialParts = ["CREATE", "POLICY"];
        if (node.policy_name) {
          initialParts.push(quotes_1.QuoteUtils.quoteIdentifier(node.policy_name));
        }
        output.push(initialParts.join(" "));
        if (node.table) {
          if (context.isPretty()) {
            output.push(context.newline() + context.indent(`ON ${this.RangeVar(node.table, context)}`));
          } else {
            output.push("ON");
            output.push(this.RangeVar(node.table, context));
          }
        }
        if (node.permissive === void 0) {
          if (context.isPretty()) {
            output.push(context.newline() + context.indent("AS RESTRICTIVE"));
          } else {
            output.push("AS", "RESTRICTIVE");
          }
        } else if (node.permissive === true) {
          if (context.isPretty()) {
            output.push(context.newline() + context.indent("AS PERMISSIVE"));
          } else {
            output.push("AS", "PERMISSIVE");
          }
        }
        if (node.cmd_name) {
          if (context.isPretty()) {
            output.push(context.newline() + context.indent(`FOR ${node.cmd_name.toUpperCase()}`));
          } else {
            output.push("FOR", node.cmd_name.toUpperCase());
          }
        }
        if (node.roles && node.roles.length > 0) {
          const roles = list_utils_1.ListUtils.unwrapList(node.roles).map((role) => this.visit(role, context));
          if (context.isPretty()) {
            output.push(context.newline() + context.indent(`TO ${roles.join(", ")}`));
          } else {
            output.push("TO");
            output.push(roles.join(", "));
          }
        }
        if (node.qual) {
          if (context.isPretty()) {
            const qualExpr = this.visit(node.qual, context);
            output.push(context.newline() + context.indent("USING ("));
            output.push(context.newline() + context.indent(context.indent(qualExpr)));
            output.push(context.newline() + context.indent(")"));
          } else {
            output.push("USING");
            output.push(`(${this.visit(node.qual, context)})`);
          }
        }
        if (node.with_check) {
          if (context.isPretty()) {
            const checkExpr = this.visit(node.with_check, context);
            output.push(context.newline() + context.indent("WITH CHECK ("));
            output.push(context.newline() + context.indent(context.indent(checkExpr)));
            output.push(context.newline() + context.indent(")"));
          } else {
            output.push("WITH CHECK");
            output.push(`(${this.visit(node.with_check, context)})`);
          }
        }
        return context.isPretty() ? output.join("") : output.join(" ");
      }
      AlterPolicyStmt(node, context) {
        const output = ["ALTER", "POLICY"];
        if (node.policy_name) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.policy_name));
        }
        if (node.table) {
          output.push("ON");
          output.push(this.RangeVar(node.table, context));
        }
        if (node.roles && node.roles.length > 0) {
          output.push("TO");
          const roles = list_utils_1.ListUtils.unwrapList(node.roles).map((role) => this.visit(role, context));
          output.push(roles.join(", "));
        }
        if (node.qual) {
          output.push("USING");
          output.push(`(${this.visit(node.qual, context)})`);
        }
        if (node.with_check) {
          output.push("WITH CHECK");
          output.push(`(${this.visit(node.with_check, context)})`);
        }
        return output.join(" ");
      }
      CreateUserMappingStmt(node, context) {
        const output = ["CREATE"];
        if (node.if_not_exists) {
          output.push("IF", "NOT", "EXISTS");
        }
        output.push("USER", "MAPPING");
        output.push("FOR");
        if (node.user) {
          output.push(this.RoleSpec(node.user, context));
        } else {
          output.push("CURRENT_USER");
        }
        output.push("SERVER");
        if (node.servername) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.servername));
        }
        if (node.options && node.options.length > 0) {
          output.push("OPTIONS");
          const userMappingContext = context.spawn("CreateUserMappingStmt");
          const options = list_utils_1.ListUtils.unwrapList(node.options).map((opt) => this.visit(opt, userMappingContext));
          output.push(`(${options.join(", ")})`);
        }
        return output.join(" ");
      }
      CreateStatsStmt(node, context) {
        const output = ["CREATE"];
        if (node.if_not_exists) {
          output.push("IF", "NOT", "EXISTS");
        }
        output.push("STATISTICS");
        if (node.defnames && node.defnames.length > 0) {
          const names = list_utils_1.ListUtils.unwrapList(node.defnames).map((name) => this.visit(name, context));
          output.push(names.join("."));
        }
        if (node.stat_types && node.stat_types.length > 0) {
          const types2 = list_utils_1.ListUtils.unwrapList(node.stat_types).map((type) => this.visit(type, context));
          output.push(`(${types2.join(", ")})`);
        }
        output.push("ON");
        if (node.exprs && node.exprs.length > 0) {
          const exprs = list_utils_1.ListUtils.unwrapList(node.exprs).map((expr) => this.visit(expr, context));
          output.push(exprs.join(", "));
        }
        if (node.relations && node.relations.length > 0) {
          output.push("FROM");
          const relations = list_utils_1.ListUtils.unwrapList(node.relations).map((rel) => this.visit(rel, context));
          output.push(relations.join(", "));
        }
        return output.join(" ");
      }
      StatsElem(node, context) {
        if (node.name) {
          return this.quoteIfNeeded(node.name);
        } else if (node.expr) {
          return `(${this.visit(node.expr, context)})`;
        }
        return "";
      }
      CreatePublicationStmt(node, context) {
        const output = ["CREATE", "PUBLICATION"];
        if (node.pubname) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.pubname));
        }
        if (node.pubobjects && node.pubobjects.length > 0) {
          output.push("FOR");
          const tables = list_utils_1.ListUtils.unwrapList(node.pubobjects).map((table) => this.visit(table, context));
          output.push(tables.join(", "));
        } else if (node.for_all_tables) {
          output.push("FOR", "ALL", "TABLES");
        }
        if (node.options && node.options.length > 0) {
          output.push("WITH");
          const options = list_utils_1.ListUtils.unwrapList(node.options).map((opt) => this.visit(opt, context));
          output.push(`(${options.join(", ")})`);
        }
        return output.join(" ");
      }
      CreateSubscriptionStmt(node, context) {
        const output = ["CREATE", "SUBSCRIPTION"];
        if (node.subname) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.subname));
        }
        output.push("CONNECTION");
        if (node.conninfo) {
          output.push(`'${node.conninfo}'`);
        }
        output.push("PUBLICATION");
        if (node.publication && node.publication.length > 0) {
          const publications = list_utils_1.ListUtils.unwrapList(node.publication).map((pub) => this.visit(pub, context));
          output.push(publications.join(", "));
        }
        if (node.options && node.options.length > 0) {
          output.push("WITH");
          const options = list_utils_1.ListUtils.unwrapList(node.options).map((opt) => this.visit(opt, context));
          output.push(`(${options.join(", ")})`);
        }
        return output.join(" ");
      }
      AlterPublicationStmt(node, context) {
        const output = ["ALTER", "PUBLICATION"];
        if (node.pubname) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.pubname));
        }
        const hasObjects = node.pubobjects && node.pubobjects.length > 0;
        if (hasObjects) {
          switch (node.action || "AP_AddObjects") {
            case "AP_AddObjects":
              output.push("ADD");
              break;
            case "AP_DropObjects":
              output.push("DROP");
              break;
            case "AP_SetObjects":
              output.push("SET");
              break;
            default:
              throw new Error(`Unsupported AlterPublicationStmt action: ${node.action}`);
          }
          const objects = list_utils_1.ListUtils.unwrapList(node.pubobjects).map((obj) => this.visit(obj, context));
          output.push(objects.join(", "));
        } else if (node.options && node.options.length > 0) {
          output.push("SET");
          const options = list_utils_1.ListUtils.unwrapList(node.options).map((opt) => this.visit(opt, context));
          output.push(`(${options.join(", ")})`);
        }
        return output.join(" ");
      }
      AlterSubscriptionStmt(node, context) {
        const output = ["ALTER", "SUBSCRIPTION"];
        if (node.subname) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.subname));
        }
        const options = node.options && node.options.length > 0 ? `(${list_utils_1.ListUtils.unwrapList(node.options).map((opt) => this.visit(opt, context)).join(", ")})` : null;
        const publications = node.publication && node.publication.length > 0 ? list_utils_1.ListUtils.unwrapList(node.publication).map((pub) => this.visit(pub, context)).join(", ") : null;
        {
          switch (node.kind || "ALTER_SUBSCRIPTION_OPTIONS") {
            case "ALTER_SUBSCRIPTION_OPTIONS":
              output.push("SET");
              if (options)
                output.push(options);
              break;
            case "ALTER_SUBSCRIPTION_CONNECTION":
              output.push("CONNECTION");
              if (node.conninfo) {
                output.push(quotes_1.QuoteUtils.escape(node.conninfo));
              }
              break;
            case "ALTER_SUBSCRIPTION_SET_PUBLICATION":
              output.push("SET PUBLICATION");
              if (publications)
                output.push(publications);
              if (options)
                output.push("WITH", options);
              break;
            case "ALTER_SUBSCRIPTION_ADD_PUBLICATION":
              output.push("ADD PUBLICATION");
              if (publications)
                output.push(publications);
              if (options)
                output.push("WITH", options);
              break;
            case "ALTER_SUBSCRIPTION_DROP_PUBLICATION":
              output.push("DROP PUBLICATION");
              if (publications)
                output.push(publications);
              if (options)
                output.push("WITH", options);
              break;
            case "ALTER_SUBSCRIPTION_REFRESH":
              output.push("REFRESH PUBLICATION");
              if (options)
                output.push("WITH", options);
              break;
            case "ALTER_SUBSCRIPTION_ENABLED": {
              const enabled = list_utils_1.ListUtils.unwrapList(node.options).find((opt) => opt.DefElem?.defname === "enabled");
              const arg = enabled?.DefElem?.arg;
              const isEnabled = arg?.Boolean ? arg.Boolean.boolval !== false : true;
              output.push(isEnabled ? "ENABLE" : "DISABLE");
              break;
            }
            case "ALTER_SUBSCRIPTION_SKIP":
              output.push("SKIP");
              if (options)
                output.push(options);
              break;
            default:
              throw new Error(`Unsupported AlterSubscriptionStmt kind: ${node.kind}`);
          }
        }
        return output.join(" ");
      }
      DropSubscriptionStmt(node, context) {
        const output = ["DROP", "SUBSCRIPTION"];
        if (node.missing_ok) {
          output.push("IF EXISTS");
        }
        if (node.subname) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.subname));
        }
        if (node.behavior) {
          switch (node.behavior) {
            case "DROP_CASCADE":
              output.push("CASCADE");
              break;
            case "DROP_RESTRICT":
              output.push("RESTRICT");
              break;
          }
        }
        return output.join(" ");
      }
      DoStmt(node, context) {
        const output = ["DO"];
        if (node.args && node.args.length > 0) {
          const doContext = context.spawn("DoStmt");
          const args = list_utils_1.ListUtils.unwrapList(node.args);
          const processedArgs = [];
          for (const arg of args) {
            const nodeType = this.getNodeType(arg);
            if (nodeType === "DefElem") {
              const defElem = this.getNodeData(arg);
              if (defElem.defname === "language") {
                const langValue = this.visit(defElem.arg, doContext);
                processedArgs.push(`LANGUAGE ${langValue}`);
              } else if (defElem.defname === "as") {
                const argNodeType = this.getNodeType(defElem.arg);
                if (argNodeType === "String") {
                  const stringNode = this.getNodeData(defElem.arg);
                  const delimiter = this.getFunctionDelimiter(stringNode.sval);
                  processedArgs.push(`${delimiter}${stringNode.sval}${delimiter}`);
                } else {
                  processedArgs.push(this.visit(defElem.arg, doContext));
                }
              }
            }
          }
          output.push(...processedArgs);
        }
        return output.join(" ");
      }
      generateUniqueDollarTag(content) {
        const dollarQuotePattern = /\$[a-zA-Z0-9_]*\$/g;
        const matches = content.match(dollarQuotePattern) || [];
        if (matches.length === 0) {
          return "$$";
        }
        const existingTags = new Set(matches);
        if (existingTags.has("$$")) {
          let counter = 1;
          let tag = `$do${counter}$`;
          while (existingTags.has(tag)) {
            counter++;
            tag = `$do${counter}$`;
          }
          return tag;
        }
        return "$$";
      }
      InlineCodeBlock(node, context) {
        if (node.source_text) {
          const delimiter2 = this.getFunctionDelimiter(node.source_text);
          return `${delimiter2}${node.source_text}${delimiter2}`;
        }
        const delimiter = this.options.functionDelimiter || "$$";
        return `${delimiter}${delimiter}`;
      }
      CallContext(node, context) {
        if (node.atomic !== void 0) {
          return node.atomic ? "ATOMIC" : "NOT ATOMIC";
        }
        return "";
      }
      ConstraintsSetStmt(node, context) {
        const output = ["SET", "CONSTRAINTS"];
        if (node.constraints && node.constraints.length > 0) {
          const constraints = list_utils_1.ListUtils.unwrapList(node.constraints).map((constraint) => this.visit(constraint, context));
          output.push(constraints.join(", "));
        } else {
          output.push("ALL");
        }
        output.push(node.deferred ? "DEFERRED" : "IMMEDIATE");
        return output.join(" ");
      }
      AlterSystemStmt(node, context) {
        const output = ["ALTER", "SYSTEM"];
        if (node.setstmt) {
          const setStmt = this.VariableSetStmt(node.setstmt, context);
          const setStmtWithoutPrefix = setStmt.replace(/^SET\s+/, "");
          output.push("SET", setStmtWithoutPrefix);
        }
        return output.join(" ");
      }
      VacuumRelation(node, context) {
        const output = [];
        if (node.relation) {
          output.push(this.RangeVar(node.relation, context));
        }
        if (node.va_cols && node.va_cols.length > 0) {
          output.push("(");
          const columns = list_utils_1.ListUtils.unwrapList(node.va_cols).map((col) => this.visit(col, context));
          output.push(columns.join(", "));
          output.push(")");
        }
        return output.join(" ");
      }
      DropOwnedStmt(node, context) {
        const output = ["DROP", "OWNED", "BY"];
        if (node.roles && node.roles.length > 0) {
          const roles = list_utils_1.ListUtils.unwrapList(node.roles).map((role) => this.visit(role, context));
          output.push(roles.join(", "));
        }
        if (node.behavior) {
          switch (node.behavior) {
            case "DROP_CASCADE":
              output.push("CASCADE");
              break;
            case "DROP_RESTRICT":
              output.push("RESTRICT");
              break;
          }
        }
        return output.join(" ");
      }
      ReassignOwnedStmt(node, context) {
        const output = ["REASSIGN", "OWNED", "BY"];
        if (node.roles && node.roles.length > 0) {
          const roles = list_utils_1.ListUtils.unwrapList(node.roles).map((role) => this.visit(role, context));
          output.push(roles.join(", "));
        }
        output.push("TO");
        if (node.newrole) {
          output.push(this.RoleSpec(node.newrole, context));
        }
        return output.join(" ");
      }
      AlterTSDictionaryStmt(node, context) {
        const output = ["ALTER", "TEXT", "SEARCH", "DICTIONARY"];
        if (node.dictname && node.dictname.length > 0) {
          const dictName = list_utils_1.ListUtils.unwrapList(node.dictname).map((name) => this.visit(name, context));
          output.push(dictName.join("."));
        }
        if (node.options && node.options.length > 0) {
          output.push("(");
          const options = list_utils_1.ListUtils.unwrapList(node.options).map((opt) => this.visit(opt, context));
          output.push(options.join(", "));
          output.push(")");
        }
        return output.join(" ");
      }
      AlterTSConfigurationStmt(node, context) {
        const output = ["ALTER", "TEXT", "SEARCH", "CONFIGURATION"];
        if (node.cfgname && node.cfgname.length > 0) {
          const cfgName = list_utils_1.ListUtils.unwrapList(node.cfgname).map((name) => this.visit(name, context));
          output.push(cfgName.join("."));
        }
        if (node.kind) {
          switch (node.kind) {
            case "ALTER_TSCONFIG_ADD_MAPPING":
              output.push("ADD", "MAPPING", "FOR");
              if (node.tokentype && node.tokentype.length > 0) {
                const tokenTypes = list_utils_1.ListUtils.unwrapList(node.tokentype).map((token) => this.visit(token, context));
                output.push(tokenTypes.join(", "));
              }
              if (node.dicts && node.dicts.length > 0) {
                output.push("WITH");
                const dictNames = list_utils_1.ListUtils.unwrapList(node.dicts).map((dict) => {
                  if (dict.List && dict.List.items) {
                    return list_utils_1.ListUtils.unwrapList(dict.List.items).map((item) => this.visit(item, context)).join(".");
                  }
                  return this.visit(dict, context);
                });
                output.push(dictNames.join(", "));
              }
              break;
            case "ALTER_TSCONFIG_ALTER_MAPPING_FOR_TOKEN":
              output.push("ALTER", "MAPPING", "FOR");
              if (node.tokentype && node.tokentype.length > 0) {
                const tokenTypes = list_utils_1.ListUtils.unwrapList(node.tokentype).map((token) => this.visit(token, context));
                output.push(tokenTypes.join(", "));
              }
              if (node.dicts && node.dicts.length > 0) {
                output.push("WITH");
                const dictNames = list_utils_1.ListUtils.unwrapList(node.dicts).map((dict) => {
                  if (dict.List && dict.List.items) {
                    return list_utils_1.ListUtils.unwrapList(dict.List.items).map((item) => this.visit(item, context)).join(".");
                  }
                  return this.visit(dict, context);
                });
                output.push(dictNames.join(", "));
              }
              break;
            case "ALTER_TSCONFIG_REPLACE_DICT":
              output.push("ALTER", "MAPPING", "REPLACE");
              if (node.dicts && node.dicts.length >= 2) {
                const dictNames = list_utils_1.ListUtils.unwrapList(node.dicts).map((dict) => {
                  if (dict.List && dict.List.items) {
                    return list_utils_1.ListUtils.unwrapList(dict.List.items).map((item) => this.visit(item, context)).join(".");
                  }
                  return this.visit(dict, context);
                });
                output.push(dictNames[0], "WITH", dictNames.slice(1).join(", "));
              }
              break;
            case "ALTER_TSCONFIG_REPLACE_DICT_FOR_TOKEN":
              output.push("ALTER", "MAPPING", "FOR");
              if (node.tokentype && node.tokentype.length > 0) {
                const tokenTypes = list_utils_1.ListUtils.unwrapList(node.tokentype).map((token) => this.visit(token, context));
                output.push(tokenTypes.join(", "));
              }
              if (node.dicts && node.dicts.length >= 2) {
                output.push("REPLACE");
                const dictNames = list_utils_1.ListUtils.unwrapList(node.dicts).map((dict) => {
                  if (dict.List && dict.List.items) {
                    return list_utils_1.ListUtils.unwrapList(dict.List.items).map((item) => this.visit(item, context)).join(".");
                  }
                  return this.visit(dict, context);
                });
                output.push(dictNames[0], "WITH", dictNames.slice(1).join(", "));
              }
              break;
            case "ALTER_TSCONFIG_DROP_MAPPING":
              output.push("DROP", "MAPPING", "FOR");
              if (node.tokentype && node.tokentype.length > 0) {
                const tokenTypes = list_utils_1.ListUtils.unwrapList(node.tokentype).map((token) => this.visit(token, context));
                output.push(tokenTypes.join(", "));
              }
              break;
            default:
              throw new Error(`Unsupported AlterTSConfigurationStmt kind: ${node.kind}`);
          }
        }
        return output.join(" ");
      }
      ClosePortalStmt(node, context) {
        const output = ["CLOSE"];
        if (node.portalname) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.portalname));
        } else {
          output.push("ALL");
        }
        return output.join(" ");
      }
      FetchStmt(node, context) {
        const output = [node.ismove ? "MOVE" : "FETCH"];
        const isAll = node.howMany === 9223372036854776e3;
        if (node.direction) {
          switch (node.direction) {
            case "FETCH_FORWARD":
              if (isAll) {
                output.push("FORWARD", "ALL");
              } else if (node.howMany !== void 0 && node.howMany !== null) {
                output.push("FORWARD", node.howMany.toString());
              } else {
                output.push("FORWARD");
              }
              break;
            case "FETCH_BACKWARD":
              if (isAll) {
                output.push("BACKWARD", "ALL");
              } else if (node.howMany !== void 0 && node.howMany !== null) {
                output.push("BACKWARD", node.howMany.toString());
              } else {
                output.push("BACKWARD");
              }
              break;
            case "FETCH_ABSOLUTE":
              if (node.howMany !== void 0 && node.howMany !== null) {
                output.push("ABSOLUTE", node.howMany.toString());
              }
              break;
            case "FETCH_RELATIVE":
              if (node.howMany !== void 0 && node.howMany !== null) {
                output.push("RELATIVE", node.howMany.toString());
              } else {
                output.push("RELATIVE", "0");
              }
              break;
            default:
              throw new Error(`Unsupported FetchStmt direction: ${node.direction}`);
          }
        } else if (isAll) {
          output.push("ALL");
        }
        if (node.portalname) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.portalname));
        }
        return output.join(" ");
      }
      AlterStatsStmt(node, context) {
        const output = ["ALTER", "STATISTICS"];
        if (node.defnames && node.defnames.length > 0) {
          const names = list_utils_1.ListUtils.unwrapList(node.defnames).map((name) => this.visit(name, context));
          output.push(names.join("."));
        }
        output.push("SET", "STATISTICS");
        if (node.stxstattarget) {
          output.push(this.visit(node.stxstattarget, context));
        }
        return output.join(" ");
      }
      ObjectWithArgs(node, context) {
        let result = "";
        if (node.objname && node.objname.length > 0) {
          const objContext = context.spawn("ObjectWithArgs");
          const names = list_utils_1.ListUtils.unwrapList(node.objname).map((name) => this.visit(name, objContext));
          result = names.join(".");
        }
        if (node.objfuncargs && node.objfuncargs.length > 0) {
          const funcArgs = list_utils_1.ListUtils.unwrapList(node.objfuncargs).map((arg) => this.visit(arg, context));
          result += `(${funcArgs.join(", ")})`;
        } else if (node.objargs && node.objargs.length > 0) {
          const args = list_utils_1.ListUtils.unwrapList(node.objargs).map((arg) => {
            if (!arg || Object.keys(arg).length === 0) {
              return "NONE";
            }
            return this.visit(arg, context);
          });
          result += `(${args.join(", ")})`;
        } else if (node.args_unspecified) {
        } else {
          if ((context.parentNodeTypes.includes("CommentStmt") || context.parentNodeTypes.includes("DropStmt")) && context.objtype === "OBJECT_AGGREGATE") {
            result += "(*)";
          } else if (context.parentNodeTypes.includes("CreateOpClassItem")) {
          } else {
            result += "()";
          }
        }
        return result;
      }
      AlterOperatorStmt(node, context) {
        const output = ["ALTER", "OPERATOR"];
        if (node.opername) {
          output.push(this.ObjectWithArgs(node.opername, context));
        }
        output.push("SET");
        if (node.options && node.options.length > 0) {
          const alterOpContext = context.spawn("AlterOperatorStmt");
          const options = list_utils_1.ListUtils.unwrapList(node.options).map((opt) => this.visit(opt, alterOpContext));
          output.push(`(${options.join(", ")})`);
        }
        return output.join(" ");
      }
      AlterFdwStmt(node, context) {
        const output = ["ALTER", "FOREIGN", "DATA", "WRAPPER"];
        if (node.fdwname) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.fdwname));
        }
        if (node.func_options && node.func_options.length > 0) {
          const fdwContext = context.spawn("AlterFdwStmt");
          const funcOptions = list_utils_1.ListUtils.unwrapList(node.func_options).map((opt) => this.visit(opt, fdwContext));
          output.push(funcOptions.join(" "));
        }
        if (node.options && node.options.length > 0) {
          output.push("OPTIONS");
          const fdwContext = context.spawn("AlterFdwStmt");
          const options = list_utils_1.ListUtils.unwrapList(node.options).map((opt) => this.visit(opt, fdwContext));
          output.push(`(${options.join(", ")})`);
        }
        return output.join(" ");
      }
      CreateForeignServerStmt(node, context) {
        const output = ["CREATE", "SERVER"];
        if (node.if_not_exists) {
          output.push("IF", "NOT", "EXISTS");
        }
        if (node.servername) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.servername));
        }
        if (node.servertype) {
          output.push("TYPE", quotes_1.QuoteUtils.escape(node.servertype));
        }
        if (node.version) {
          output.push("VERSION", quotes_1.QuoteUtils.escape(node.version));
        }
        if (node.fdwname) {
          output.push("FOREIGN", "DATA", "WRAPPER", quotes_1.QuoteUtils.quoteIdentifier(node.fdwname));
        }
        if (node.options && node.options.length > 0) {
          output.push("OPTIONS");
          output.push("(");
          const optionsContext = context.spawn("CreateForeignServerStmt");
          const options = list_utils_1.ListUtils.unwrapList(node.options).map((opt) => this.visit(opt, optionsContext));
          output.push(options.join(", "));
          output.push(")");
        }
        return output.join(" ");
      }
      AlterForeignServerStmt(node, context) {
        const output = ["ALTER", "SERVER"];
        if (node.servername) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.servername));
        }
        if (node.version) {
          output.push("VERSION", quotes_1.QuoteUtils.escape(node.version));
        }
        if (node.options && node.options.length > 0) {
          output.push("OPTIONS");
          output.push("(");
          const optionsContext = context.spawn("AlterForeignServerStmt");
          const options = list_utils_1.ListUtils.unwrapList(node.options).map((opt) => this.visit(opt, optionsContext));
          output.push(options.join(", "));
          output.push(")");
        }
        return output.join(" ");
      }
      AlterUserMappingStmt(node, context) {
        const output = ["ALTER", "USER", "MAPPING", "FOR"];
        if (node.user) {
          output.push(this.RoleSpec(node.user, context));
        } else {
          output.push("CURRENT_USER");
        }
        output.push("SERVER");
        if (node.servername) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.servername));
        }
        if (node.options && node.options.length > 0) {
          output.push("OPTIONS");
          const userMappingContext = context.spawn("AlterUserMappingStmt");
          const options = list_utils_1.ListUtils.unwrapList(node.options).map((opt) => this.visit(opt, userMappingContext));
          output.push(`(${options.join(", ")})`);
        }
        return output.join(" ");
      }
      DropUserMappingStmt(node, context) {
        const output = ["DROP", "USER", "MAPPING"];
        if (node.missing_ok) {
          output.push("IF", "EXISTS");
        }
        output.push("FOR");
        if (node.user) {
          output.push(this.RoleSpec(node.user, context));
        } else {
          output.push("CURRENT_USER");
        }
        output.push("SERVER");
        if (node.servername) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.servername));
        }
        return output.join(" ");
      }
      ImportForeignSchemaStmt(node, context) {
        const output = ["IMPORT", "FOREIGN", "SCHEMA"];
        if (node.remote_schema) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.remote_schema));
        }
        if (node.list_type) {
          switch (node.list_type) {
            case "FDW_IMPORT_SCHEMA_ALL":
              break;
            case "FDW_IMPORT_SCHEMA_LIMIT_TO":
              output.push("LIMIT", "TO");
              if (node.table_list && node.table_list.length > 0) {
                const tables = list_utils_1.ListUtils.unwrapList(node.table_list).map((table) => this.visit(table, context));
                output.push(`(${tables.join(", ")})`);
              }
              break;
            case "FDW_IMPORT_SCHEMA_EXCEPT":
              output.push("EXCEPT");
              if (node.table_list && node.table_list.length > 0) {
                const tables = list_utils_1.ListUtils.unwrapList(node.table_list).map((table) => this.visit(table, context));
                output.push(`(${tables.join(", ")})`);
              }
              break;
            default:
              throw new Error(`Unsupported ImportForeignSchemaStmt list_type: ${node.list_type}`);
          }
        }
        output.push("FROM", "SERVER");
        if (node.server_name) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.server_name));
        }
        output.push("INTO");
        if (node.local_schema) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.local_schema));
        }
        if (node.options && node.options.length > 0) {
          const importSchemaContext = context.spawn("ImportForeignSchemaStmt");
          const options = list_utils_1.ListUtils.unwrapList(node.options).map((opt) => this.visit(opt, importSchemaContext));
          output.push(`OPTIONS (${options.join(", ")})`);
        }
        return output.join(" ");
      }
      ClusterStmt(node, context) {
        const output = ["CLUSTER"];
        if (node.relation) {
          output.push(this.RangeVar(node.relation, context));
          if (node.indexname) {
            output.push("USING", quotes_1.QuoteUtils.quoteIdentifier(node.indexname));
          }
        }
        if (node.params && node.params.length > 0) {
          const params = list_utils_1.ListUtils.unwrapList(node.params).map((param) => this.visit(param, context));
          output.push(`(${params.join(", ")})`);
        }
        return output.join(" ");
      }
      VacuumStmt(node, context) {
        const output = [node.is_vacuumcmd ? "VACUUM" : "ANALYZE"];
        if (node.options && node.options.length > 0) {
          const options = list_utils_1.ListUtils.unwrapList(node.options).map((option) => this.visit(option, context));
          output.push(`(${options.join(", ")})`);
        }
        if (node.rels && node.rels.length > 0) {
          const relations = list_utils_1.ListUtils.unwrapList(node.rels).map((rel) => this.visit(rel, context));
          output.push(relations.join(", "));
        }
        return output.join(" ");
      }
      ExplainStmt(node, context) {
        const output = ["EXPLAIN"];
        if (node.options && node.options.length > 0) {
          const explainContext = context.spawn("ExplainStmt");
          const options = list_utils_1.ListUtils.unwrapList(node.options).map((option) => this.visit(option, explainContext));
          output.push(`(${options.join(", ")})`);
        }
        if (node.query) {
          output.push(this.visit(node.query, context));
        }
        return output.join(" ");
      }
      ReindexStmt(node, context) {
        const output = ["REINDEX"];
        if (node.params && node.params.length > 0) {
          const params = list_utils_1.ListUtils.unwrapList(node.params).map((param) => this.visit(param, context));
          output.push(`(${params.join(", ")})`);
        }
        if (node.kind) {
          switch (node.kind) {
            case "REINDEX_OBJECT_INDEX":
              output.push("INDEX");
              break;
            case "REINDEX_OBJECT_TABLE":
              output.push("TABLE");
              break;
            case "REINDEX_OBJECT_SCHEMA":
              output.push("SCHEMA");
              break;
            case "REINDEX_OBJECT_SYSTEM":
              output.push("SYSTEM");
              break;
            case "REINDEX_OBJECT_DATABASE":
              output.push("DATABASE");
              break;
            default:
              throw new Error(`Unsupported ReindexStmt kind: ${node.kind}`);
          }
        }
        if (node.relation) {
          output.push(this.RangeVar(node.relation, context));
        }
        if (node.name) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
        }
        return output.join(" ");
      }
      CallStmt(node, context) {
        const output = ["CALL"];
        if (node.funccall) {
          const funcCall = node.funccall;
          if (funcCall.funcname && funcCall.funcname.length > 0) {
            const funcNameParts = funcCall.funcname.map((nameNode) => {
              if (nameNode.String) {
                return nameNode.String.sval;
              }
              return this.visit(nameNode, context);
            });
            const funcName = funcNameParts.join(".");
            let argsStr = "";
            if (funcCall.args && funcCall.args.length > 0) {
              const argStrs = funcCall.args.map((arg) => this.visit(arg, context));
              argsStr = `(${argStrs.join(", ")})`;
            } else {
              argsStr = "()";
            }
            output.push(`${funcName}${argsStr}`);
          }
        } else if (node.funcexpr) {
          output.push(this.FuncExpr(node.funcexpr, context));
        } else {
          throw new Error("CallStmt requires either funccall or funcexpr");
        }
        return output.join(" ");
      }
      CreatedbStmt(node, context) {
        const output = ["CREATE DATABASE"];
        if (!node.dbname) {
          throw new Error("CreatedbStmt requires dbname");
        }
        output.push(quotes_1.QuoteUtils.quoteIdentifier(node.dbname));
        if (node.options && node.options.length > 0) {
          const options = list_utils_1.ListUtils.unwrapList(node.options).map((option) => this.visit(option, context)).join(" ");
          output.push("WITH", options);
        }
        return output.join(" ");
      }
      DropdbStmt(node, context) {
        const output = ["DROP DATABASE"];
        if (node.missing_ok) {
          output.push("IF EXISTS");
        }
        if (!node.dbname) {
          throw new Error("DropdbStmt requires dbname");
        }
        output.push(quotes_1.QuoteUtils.quoteIdentifier(node.dbname));
        if (node.options && node.options.length > 0) {
          const options = list_utils_1.ListUtils.unwrapList(node.options).map((option) => this.visit(option, context)).join(" ");
          output.push("WITH", options);
        }
        return output.join(" ");
      }
      RenameStmt(node, context) {
        const output = ["ALTER"];
        if (!node.renameType) {
          throw new Error("RenameStmt requires renameType");
        }
        switch (node.renameType) {
          case "OBJECT_TABLE":
            output.push("TABLE");
            break;
          case "OBJECT_VIEW":
            output.push("VIEW");
            break;
          case "OBJECT_INDEX":
            output.push("INDEX");
            break;
          case "OBJECT_SEQUENCE":
            output.push("SEQUENCE");
            break;
          case "OBJECT_FUNCTION":
            output.push("FUNCTION");
            break;
          case "OBJECT_PROCEDURE":
            output.push("PROCEDURE");
            break;
          case "OBJECT_SCHEMA":
            output.push("SCHEMA");
            break;
          case "OBJECT_DATABASE":
            output.push("DATABASE");
            break;
          case "OBJECT_COLUMN":
            if (node.relationType === "OBJECT_FOREIGN_TABLE") {
              output.push("FOREIGN TABLE");
            } else if (node.relationType === "OBJECT_VIEW") {
              output.push("VIEW");
            } else {
              output.push("TABLE");
            }
            break;
          case "OBJECT_DOMAIN":
            output.push("DOMAIN");
            break;
          case "OBJECT_TYPE":
            output.push("TYPE");
            break;
          case "OBJECT_DOMCONSTRAINT":
            output.push("DOMAIN");
            break;
          case "OBJECT_TABCONSTRAINT":
            output.push("TABLE");
            break;
          case "OBJECT_AGGREGATE":
            output.push("AGGREGATE");
            break;
          case "OBJECT_COLLATION":
            output.push("COLLATION");
            break;
          case "OBJECT_CONVERSION":
            output.push("CONVERSION");
            break;
          case "OBJECT_EXTENSION":
            output.push("EXTENSION");
            break;
          case "OBJECT_FOREIGN_SERVER":
            output.push("SERVER");
            break;
          case "OBJECT_FOREIGN_TABLE":
            output.push("FOREIGN TABLE");
            break;
          case "OBJECT_LANGUAGE":
            output.push("LANGUAGE");
            break;
          case "OBJECT_MATVIEW":
            output.push("MATERIALIZED VIEW");
            break;
          case "OBJECT_OPCLASS":
            output.push("OPERATOR CLASS");
            break;
          case "OBJECT_OPERATOR":
            output.push("OPERATOR");
            break;
          case "OBJECT_OPFAMILY":
            output.push("OPERATOR FAMILY");
            break;
          case "OBJECT_POLICY":
            output.push("POLICY");
            if (node.subname) {
              output.push(quotes_1.QuoteUtils.quoteIdentifier(node.subname));
            }
            break;
          case "OBJECT_PUBLICATION":
            output.push("PUBLICATION");
            break;
          case "OBJECT_ROLE":
            output.push("ROLE");
            break;
          case "OBJECT_RULE":
            output.push("RULE");
            break;
          case "OBJECT_SUBSCRIPTION":
            output.push("SUBSCRIPTION");
            break;
          case "OBJECT_TABLESPACE":
            output.push("TABLESPACE");
            break;
          case "OBJECT_TRIGGER":
            output.push("TRIGGER");
            break;
          case "OBJECT_TSCONFIGURATION":
            output.push("TEXT SEARCH CONFIGURATION");
            break;
          case "OBJECT_TSDICTIONARY":
            output.push("TEXT SEARCH DICTIONARY");
            break;
          case "OBJECT_TSPARSER":
            output.push("TEXT SEARCH PARSER");
            break;
          case "OBJECT_TSTEMPLATE":
            output.push("TEXT SEARCH TEMPLATE");
            break;
          case "OBJECT_FDW":
            output.push("FOREIGN DATA WRAPPER");
            break;
          case "OBJECT_EVENT_TRIGGER":
            output.push("EVENT TRIGGER");
            break;
          case "OBJECT_ATTRIBUTE":
            if (node.relationType === "OBJECT_TYPE") {
              output.push("TYPE");
            } else {
              output.push("TABLE");
            }
            break;
          case "OBJECT_ROUTINE":
            output.push("ROUTINE");
            break;
          default:
            throw new Error(`Unsupported RenameStmt renameType: ${node.renameType}`);
        }
        if (node.missing_ok) {
          output.push("IF EXISTS");
        }
        if (node.renameType === "OBJECT_RULE" && node.subname && node.relation) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.subname));
          output.push("ON");
          output.push(this.RangeVar(node.relation, context));
        } else if (node.relation) {
          const rangeVarContext = context.spawn("RenameStmt", { objtype: node.relationType });
          if (node.renameType === "OBJECT_POLICY") {
            output.push("ON");
          }
          output.push(this.RangeVar(node.relation, rangeVarContext));
        } else if (node.object) {
          if ((node.renameType === "OBJECT_OPFAMILY" || node.renameType === "OBJECT_OPCLASS") && node.object.List) {
            const items = list_utils_1.ListUtils.unwrapList(node.object);
            if (items.length === 2) {
              const accessMethod = items[0].String?.sval || "";
              const objectName = items[1].String?.sval || "";
              output.push(`${quotes_1.QuoteUtils.quoteIdentifier(objectName)} USING ${accessMethod}`);
            } else {
              output.push(this.visit(node.object, context));
            }
          } else if ((node.renameType === "OBJECT_TYPE" || node.renameType === "OBJECT_DOMAIN") && node.object.List) {
            const items = list_utils_1.ListUtils.unwrapList(node.object);
            const parts = items.map((item) => item.String?.sval).filter((s) => typeof s === "string").map((s) => this.quoteIfNeeded(s));
            output.push(parts.join("."));
          } else if (node.renameType === "OBJECT_SCHEMA" && node.object.List) {
            const items = list_utils_1.ListUtils.unwrapList(node.object);
            if (items.length > 0 && items[0].String) {
              output.push(this.quoteIfNeeded(items[0].String.sval));
            } else {
              output.push(this.visit(node.object, context));
            }
          } else {
            output.push(this.visit(node.object, context));
          }
        }
        if (node.renameType === "OBJECT_COLUMN" && node.subname) {
          output.push("RENAME COLUMN", quotes_1.QuoteUtils.quoteIdentifier(node.subname), "TO");
        } else if (node.renameType === "OBJECT_DOMCONSTRAINT" && node.subname) {
          output.push("RENAME CONSTRAINT", quotes_1.QuoteUtils.quoteIdentifier(node.subname), "TO");
        } else if (node.renameType === "OBJECT_TABCONSTRAINT" && node.subname) {
          output.push("RENAME CONSTRAINT", quotes_1.QuoteUtils.quoteIdentifier(node.subname), "TO");
        } else if (node.renameType === "OBJECT_ATTRIBUTE" && node.subname) {
          output.push("RENAME ATTRIBUTE", quotes_1.QuoteUtils.quoteIdentifier(node.subname), "TO");
        } else if (node.renameType === "OBJECT_ROLE" && node.subname) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.subname), "RENAME TO");
        } else if (node.renameType === "OBJECT_SCHEMA" && node.subname) {
          output.push(this.quoteIfNeeded(node.subname), "RENAME TO");
        } else if (node.renameType === "OBJECT_RULE") {
          output.push("RENAME TO");
        } else {
          output.push("RENAME TO");
        }
        if (!node.newname) {
          throw new Error("RenameStmt requires newname");
        }
        output.push(quotes_1.QuoteUtils.quoteIdentifier(node.newname));
        if (node.behavior === "DROP_CASCADE") {
          output.push("CASCADE");
        }
        return output.join(" ");
      }
      AlterOwnerStmt(node, context) {
        const output = ["ALTER"];
        if (!node.objectType) {
          throw new Error("AlterOwnerStmt requires objectType");
        }
        output.push(this.getObjectTypeKeyword(node.objectType));
        if (node.relation) {
          output.push(this.RangeVar(node.relation, context));
        } else if (node.object) {
          if ((node.objectType === "OBJECT_OPFAMILY" || node.objectType === "OBJECT_OPCLASS") && node.object.List) {
            const items = list_utils_1.ListUtils.unwrapList(node.object);
            if (items.length === 2) {
              const accessMethod = items[0].String?.sval || "";
              const objectName = items[1].String?.sval || "";
              output.push(`${quotes_1.QuoteUtils.quoteIdentifier(objectName)} USING ${accessMethod}`);
            } else {
              output.push(this.visit(node.object, context));
            }
          } else {
            output.push(this.visit(node.object, context));
          }
        }
        output.push("OWNER TO");
        if (!node.newowner) {
          throw new Error("AlterOwnerStmt requires newowner");
        }
        output.push(this.RoleSpec(node.newowner, context));
        return output.join(" ");
      }
      GrantStmt(node, context) {
        const output = [];
        if (node.is_grant) {
          output.push("GRANT");
        } else {
          output.push("REVOKE");
          if (node.grant_option) {
            output.push("GRANT OPTION FOR");
          }
        }
        if (node.privileges && node.privileges.length > 0) {
          const privilegeContext = context.spawn("GrantStmt");
          const privileges = list_utils_1.ListUtils.unwrapList(node.privileges).map((priv) => this.visit(priv, privilegeContext)).join(", ");
          output.push(privileges);
        } else {
          output.push("ALL");
        }
        output.push("ON");
        if (node.objtype && node.targtype === "ACL_TARGET_DEFAULTS") {
          switch (node.objtype) {
            case "OBJECT_TABLE":
              output.push("TABLES");
              break;
            case "OBJECT_SEQUENCE":
              output.push("SEQUENCES");
              break;
            case "OBJECT_FUNCTION":
              output.push("FUNCTIONS");
              break;
            case "OBJECT_PROCEDURE":
              output.push("PROCEDURES");
              break;
            case "OBJECT_ROUTINE":
              output.push("ROUTINES");
              break;
            case "OBJECT_TYPE":
              output.push("TYPES");
              break;
            case "OBJECT_SCHEMA":
              output.push("SCHEMAS");
              break;
            default:
              break;
          }
        }
        switch (node.targtype) {
          case "ACL_TARGET_OBJECT":
            if (node.objtype === "OBJECT_SCHEMA") {
              output.push("SCHEMA");
            } else if (node.objtype === "OBJECT_LANGUAGE") {
              output.push("LANGUAGE");
            } else if (node.objtype === "OBJECT_SEQUENCE") {
              output.push("SEQUENCE");
            } else if (node.objtype === "OBJECT_FUNCTION") {
              output.push("FUNCTION");
            } else if (node.objtype === "OBJECT_PROCEDURE") {
              output.push("PROCEDURE");
            } else if (node.objtype === "OBJECT_TYPE") {
              output.push("TYPE");
            } else if (node.objtype === "OBJECT_DOMAIN") {
              output.push("DOMAIN");
            } else if (node.objtype === "OBJECT_LARGEOBJECT") {
              output.push("LARGE OBJECT");
            } else if (node.objtype === "OBJECT_FDW") {
              output.push("FOREIGN", "DATA", "WRAPPER");
            } else if (node.objtype === "OBJECT_FOREIGN_SERVER") {
              output.push("FOREIGN", "SERVER");
            } else if (node.objtype === "OBJECT_DATABASE") {
              output.push("DATABASE");
            }
            if (node.objects && node.objects.length > 0) {
              const objects = list_utils_1.ListUtils.unwrapList(node.objects).map((obj) => this.visit(obj, context)).join(", ");
              output.push(objects);
            }
            break;
          case "ACL_TARGET_ALL_IN_SCHEMA":
            switch (node.objtype) {
              case "OBJECT_TABLE":
                output.push("ALL TABLES IN SCHEMA");
                break;
              case "OBJECT_SEQUENCE":
                output.push("ALL SEQUENCES IN SCHEMA");
                break;
              case "OBJECT_FUNCTION":
                output.push("ALL FUNCTIONS IN SCHEMA");
                break;
              case "OBJECT_PROCEDURE":
                output.push("ALL PROCEDURES IN SCHEMA");
                break;
              case "OBJECT_ROUTINE":
                output.push("ALL ROUTINES IN SCHEMA");
                break;
              case "OBJECT_TYPE":
                output.push("ALL TYPES IN SCHEMA");
                break;
              default:
                output.push("ALL TABLES IN SCHEMA");
                break;
            }
            if (node.objects && node.objects.length > 0) {
              const schemas = list_utils_1.ListUtils.unwrapList(node.objects).map((schema) => this.visit(schema, context)).join(", ");
              output.push(schemas);
            }
            break;
          default:
            if (node.objects && node.objects.length > 0) {
              const objects = list_utils_1.ListUtils.unwrapList(node.objects).map((obj) => this.visit(obj, context)).join(", ");
              output.push(objects);
            }
        }
        if (node.is_grant) {
          output.push("TO");
        } else {
          output.push("FROM");
        }
        if (node.grantees && node.grantees.length > 0) {
          const grantees = list_utils_1.ListUtils.unwrapList(node.grantees).map((grantee) => this.visit(grantee, context)).join(", ");
          output.push(grantees);
        }
        if (node.grant_option && node.is_grant) {
          output.push("WITH GRANT OPTION");
        }
        if (node.grantor) {
          output.push("GRANTED BY", this.RoleSpec(node.grantor, context));
        }
        if (!node.is_grant) {
          if (node.behavior === "DROP_CASCADE") {
            output.push("CASCADE");
          } else if (node.behavior === "DROP_RESTRICT") {
            output.push("RESTRICT");
          }
        }
        return output.join(" ");
      }
      GrantRoleStmt(node, context) {
        const output = [];
        const options = list_utils_1.ListUtils.unwrapList(node.opt).map((opt) => opt.DefElem).filter((opt) => !!opt && !!opt.defname);
        const optionValue = (opt) => {
          if (!opt.arg)
            return true;
          const argType = this.getNodeType(opt.arg);
          const argData = this.getNodeData(opt.arg);
          if (argType === "Boolean")
            return argData.boolval !== false;
          if (argType === "String")
            return argData.sval !== "false";
          return true;
        };
        const roles = list_utils_1.ListUtils.unwrapList(node.granted_roles).map((role) => role.AccessPriv?.priv_name ? quotes_1.QuoteUtils.quoteIdentifier(role.AccessPriv.priv_name) : this.visit(role, context)).join(", ");
        if (node.is_grant) {
          output.push("GRANT", roles, "TO");
        } else {
          output.push("REVOKE");
          if (options.length > 0) {
            output.push(`${options[0].defname.toUpperCase()} OPTION FOR`);
          }
          output.push(roles, "FROM");
        }
        if (node.grantee_roles && node.grantee_roles.length > 0) {
          const grantees = list_utils_1.ListUtils.unwrapList(node.grantee_roles).map((grantee) => this.visit(grantee, context)).join(", ");
          output.push(grantees);
        }
        if (node.is_grant && options.length > 0) {
          const withOptions = options.map((opt) => `${opt.defname.toUpperCase()} ${optionValue(opt) ? "TRUE" : "FALSE"}`);
          output.push("WITH", withOptions.join(", "));
        }
        if (node.grantor) {
          output.push("GRANTED BY", this.RoleSpec(node.grantor, context));
        }
        if (!node.is_grant && node.behavior === "DROP_CASCADE") {
          output.push("CASCADE");
        }
        return output.join(" ");
      }
      SecLabelStmt(node, context) {
        const output = ["SECURITY LABEL"];
        if (node.provider) {
          output.push("FOR", quotes_1.QuoteUtils.quoteIdentifier(node.provider));
        }
        output.push("ON");
        if (node.objtype) {
          switch (node.objtype) {
            case "OBJECT_TABLE":
              output.push("TABLE");
              break;
            case "OBJECT_COLUMN":
              output.push("COLUMN");
              break;
            case "OBJECT_FUNCTION":
              output.push("FUNCTION");
              break;
            case "OBJECT_SCHEMA":
              output.push("SCHEMA");
              break;
            case "OBJECT_DATABASE":
              output.push("DATABASE");
              break;
            case "OBJECT_ROLE":
              output.push("ROLE");
              break;
            default:
              output.push(node.objtype.replace("OBJECT_", ""));
          }
        }
        if (node.object) {
          if (typeof node.object === "object" && "List" in node.object) {
            const list = node.object.List;
            const objectParts = list_utils_1.ListUtils.unwrapList(list.items).map((item) => this.visit(item, context));
            output.push(objectParts.join("."));
          } else {
            output.push(this.visit(node.object, context));
          }
        }
        output.push("IS");
        if (node.label) {
          output.push(`'${node.label}'`);
        } else {
          output.push("NULL");
        }
        return output.join(" ");
      }
      AlterDefaultPrivilegesStmt(node, context) {
        const output = ["ALTER DEFAULT PRIVILEGES"];
        if (node.options && node.options.length > 0) {
          const options = list_utils_1.ListUtils.unwrapList(node.options);
          for (const option of options) {
            const optionData = this.getNodeData(option);
            if (optionData.defname === "schemas") {
              output.push("IN SCHEMA");
              if (optionData.arg) {
                const schemas = list_utils_1.ListUtils.unwrapList(optionData.arg).map((schema) => this.visit(schema, context)).join(", ");
                output.push(schemas);
              }
            } else if (optionData.defname === "roles") {
              output.push("FOR ROLE");
              if (optionData.arg) {
                const roles = list_utils_1.ListUtils.unwrapList(optionData.arg).map((role) => this.visit(role, context)).join(", ");
                output.push(roles);
              }
            }
          }
        }
        if (node.action) {
          const actionStr = this.GrantStmt(node.action, context);
          if (context.isPretty()) {
            return output.join(" ") + context.newline() + context.indent(actionStr);
          } else {
            output.push(actionStr);
          }
        }
        return output.join(" ");
      }
      CreateConversionStmt(node, context) {
        const output = ["CREATE"];
        if (node.def) {
          output.push("DEFAULT");
        }
        output.push("CONVERSION");
        if (node.conversion_name && node.conversion_name.length > 0) {
          const conversionName = list_utils_1.ListUtils.unwrapList(node.conversion_name).map((name) => this.visit(name, context)).join(".");
          output.push(conversionName);
        }
        if (node.for_encoding_name) {
          output.push("FOR", `'${node.for_encoding_name}'`);
        }
        if (node.to_encoding_name) {
          output.push("TO", `'${node.to_encoding_name}'`);
        }
        if (node.func_name && node.func_name.length > 0) {
          output.push("FROM");
          const funcName = list_utils_1.ListUtils.unwrapList(node.func_name).map((name) => this.visit(name, context)).join(".");
          output.push(funcName);
        }
        return output.join(" ");
      }
      CreateCastStmt(node, context) {
        const output = ["CREATE CAST"];
        output.push("(");
        if (node.sourcetype) {
          output.push(this.TypeName(node.sourcetype, context));
        }
        output.push("AS");
        if (node.targettype) {
          output.push(this.TypeName(node.targettype, context));
        }
        output.push(")");
        if (node.func) {
          output.push("WITH FUNCTION");
          output.push(this.ObjectWithArgs(node.func, context));
        } else if (node.inout) {
          output.push("WITH INOUT");
        } else {
          output.push("WITHOUT FUNCTION");
        }
        if (node.context) {
          switch (node.context) {
            case "COERCION_IMPLICIT":
              output.push("AS IMPLICIT");
              break;
            case "COERCION_ASSIGNMENT":
              output.push("AS ASSIGNMENT");
              break;
            case "COERCION_EXPLICIT":
              break;
            default:
              throw new Error(`Unsupported CreateCastStmt context: ${node.context}`);
          }
        } else if (node.context === "COERCION_ASSIGNMENT") {
          output.push("AS ASSIGNMENT");
        }
        return output.join(" ");
      }
      CreatePLangStmt(node, context) {
        const output = ["CREATE"];
        if (node.replace) {
          output.push("OR REPLACE");
        }
        if (node.pltrusted) {
          output.push("TRUSTED");
        }
        output.push("LANGUAGE");
        if (node.plname) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.plname));
        }
        if (node.plhandler && node.plhandler.length > 0) {
          output.push("HANDLER");
          const handlerName = list_utils_1.ListUtils.unwrapList(node.plhandler).map((name) => this.visit(name, context)).join(".");
          output.push(handlerName);
        }
        if (node.plinline && node.plinline.length > 0) {
          output.push("INLINE");
          const inlineName = list_utils_1.ListUtils.unwrapList(node.plinline).map((name) => this.visit(name, context)).join(".");
          output.push(inlineName);
        }
        if (node.plvalidator && node.plvalidator.length > 0) {
          output.push("VALIDATOR");
          const validatorName = list_utils_1.ListUtils.unwrapList(node.plvalidator).map((name) => this.visit(name, context)).join(".");
          output.push(validatorName);
        }
        return output.join(" ");
      }
      CreateTransformStmt(node, context) {
        const output = ["CREATE"];
        if (node.replace) {
          output.push("OR REPLACE");
        }
        output.push("TRANSFORM FOR");
        if (node.type_name) {
          output.push(this.TypeName(node.type_name, context));
        }
        output.push("LANGUAGE");
        if (node.lang) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.lang));
        }
        output.push("(");
        const transforms = [];
        if (node.fromsql) {
          const fromSqlName = this.ObjectWithArgs(node.fromsql, context);
          transforms.push(`FROM SQL WITH FUNCTION ${fromSqlName}`);
        }
        if (node.tosql) {
          const toSqlName = this.ObjectWithArgs(node.tosql, context);
          transforms.push(`TO SQL WITH FUNCTION ${toSqlName}`);
        }
        output.push(transforms.join(", "));
        output.push(")");
        return output.join(" ");
      }
      CreateTrigStmt(node, context) {
        const output = ["CREATE"];
        if (node.replace) {
          output.push("OR REPLACE");
        }
        if (node.isconstraint) {
          output.push("CONSTRAINT");
        }
        output.push("TRIGGER");
        if (node.trigname) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.trigname));
        }
        if (context.isPretty()) {
          const components = [];
          const timing = [];
          if (node.timing & 2)
            timing.push("BEFORE");
          else if (node.timing & 64)
            timing.push("INSTEAD OF");
          else
            timing.push("AFTER");
          const events = [];
          if (node.events & 4)
            events.push("INSERT");
          if (node.events & 8)
            events.push("DELETE");
          if (node.events & 16) {
            let updateStr = "UPDATE";
            if (node.columns && node.columns.length > 0) {
              const columnNames = list_utils_1.ListUtils.unwrapList(node.columns).map((col) => this.visit(col, context)).join(", ");
              updateStr += " OF " + columnNames;
            }
            events.push(updateStr);
          }
          if (node.events & 32)
            events.push("TRUNCATE");
          components.push(context.indent(timing.join(" ") + " " + events.join(" OR ")));
          if (node.relation) {
            components.push(context.indent("ON " + this.RangeVar(node.relation, context)));
          }
          if (node.transitionRels && node.transitionRels.length > 0) {
            const transitionClauses = list_utils_1.ListUtils.unwrapList(node.transitionRels).map((rel) => this.visit(rel, context)).join(" ");
            components.push(context.indent("REFERENCING " + transitionClauses));
          }
          if (node.deferrable) {
            components.push(context.indent("DEFERRABLE"));
          }
          if (node.initdeferred) {
            components.push(context.indent("INITIALLY DEFERRED"));
          }
          if (node.row) {
            components.push(context.indent("FOR EACH ROW"));
          } else {
            components.push(context.indent("FOR EACH STATEMENT"));
          }
          if (node.whenClause) {
            const whenStr = "WHEN (" + this.visit(node.whenClause, context) + ")";
            components.push(context.indent(whenStr));
          }
          let executeStr = "EXECUTE";
          if (node.funcname && node.funcname.length > 0) {
            const funcName = list_utils_1.ListUtils.unwrapList(node.funcname).map((name) => this.visit(name, context)).join(".");
            executeStr += " PROCEDURE " + funcName;
          }
          if (node.args && node.args.length > 0) {
            const argContext = context.spawn("CreateTrigStmt", { isStringLiteral: true });
            const args = list_utils_1.ListUtils.unwrapList(node.args).map((arg) => this.visit(arg, argContext)).join(", ");
            executeStr += "(" + args + ")";
          } else {
            executeStr += "()";
          }
          components.push(context.indent(executeStr));
          return output.join(" ") + context.newline() + components.join(context.newline());
        } else {
          const timing = [];
          if (node.timing & 2)
            timing.push("BEFORE");
          else if (node.timing & 64)
            timing.push("INSTEAD OF");
          else
            timing.push("AFTER");
          output.push(timing.join(" "));
          const events = [];
          if (node.events & 4)
            events.push("INSERT");
          if (node.events & 8)
            events.push("DELETE");
          if (node.events & 16)
            events.push("UPDATE");
          if (node.events & 32)
            events.push("TRUNCATE");
          output.push(events.join(" OR "));
          if (node.columns && node.columns.length > 0) {
            output.push("OF");
            const columnNames = list_utils_1.ListUtils.unwrapList(node.columns).map((col) => this.visit(col, context)).join(", ");
            output.push(columnNames);
          }
          output.push("ON");
          if (node.relation) {
            output.push(this.RangeVar(node.relation, context));
          }
          if (node.constrrel) {
            output.push("FROM");
            output.push(this.RangeVar(node.constrrel, context));
          }
          if (node.deferrable) {
            output.push("DEFERRABLE");
          }
          if (node.initdeferred) {
            output.push("INITIALLY DEFERRED");
          }
          if (node.transitionRels && node.transitionRels.length > 0) {
            output.push("REFERENCING");
            const transitionClauses = list_utils_1.ListUtils.unwrapList(node.transitionRels).map((rel) => this.visit(rel, context)).join(" ");
            output.push(transitionClauses);
          }
          if (node.row) {
            output.push("FOR EACH ROW");
          } else {
            output.push("FOR EACH STATEMENT");
          }
          if (node.whenClause) {
            output.push("WHEN");
            output.push("(");
            output.push(this.visit(node.whenClause, context));
            output.push(")");
          }
          output.push("EXECUTE");
          if (node.funcname && node.funcname.length > 0) {
            const funcName = list_utils_1.ListUtils.unwrapList(node.funcname).map((name) => this.visit(name, context)).join(".");
            output.push("FUNCTION", funcName);
          }
          if (node.args && node.args.length > 0) {
            output.push("(");
            const argContext = context.spawn("CreateTrigStmt", { isStringLiteral: true });
            const args = list_utils_1.ListUtils.unwrapList(node.args).map((arg) => this.visit(arg, argContext)).join(", ");
            output.push(args);
            output.push(")");
          } else {
            output.push("()");
          }
          return output.join(" ");
        }
      }
      TriggerTransition(node, context) {
        const output = [];
        if (node.isNew) {
          output.push("NEW TABLE AS");
        } else {
          output.push("OLD TABLE AS");
        }
        if (node.name) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
        }
        return output.join(" ");
      }
      CreateEventTrigStmt(node, context) {
        const output = ["CREATE EVENT TRIGGER"];
        if (node.trigname) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.trigname));
        }
        output.push("ON");
        if (node.eventname) {
          output.push(node.eventname);
        }
        if (node.whenclause && node.whenclause.length > 0) {
          output.push("WHEN");
          const eventTriggerContext = context.spawn("CreateEventTrigStmt");
          const conditions = list_utils_1.ListUtils.unwrapList(node.whenclause).map((condition) => this.visit(condition, eventTriggerContext)).join(" AND ");
          output.push(conditions);
        }
        output.push("EXECUTE");
        if (node.funcname && node.funcname.length > 0) {
          const funcName = list_utils_1.ListUtils.unwrapList(node.funcname).map((name) => this.visit(name, context)).join(".");
          output.push("PROCEDURE", funcName + "()");
        }
        return output.join(" ");
      }
      AlterEventTrigStmt(node, context) {
        const output = ["ALTER EVENT TRIGGER"];
        if (node.trigname) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.trigname));
        }
        if (node.tgenabled) {
          switch (node.tgenabled) {
            case "O":
              output.push("ENABLE");
              break;
            case "D":
              output.push("DISABLE");
              break;
            case "R":
              output.push("ENABLE REPLICA");
              break;
            case "A":
              output.push("ENABLE ALWAYS");
              break;
            default:
              throw new Error(`Unsupported trigger enable state: ${node.tgenabled}`);
          }
        }
        return output.join(" ");
      }
      CreateOpClassStmt(node, context) {
        const output = ["CREATE OPERATOR CLASS"];
        if (node.opclassname && node.opclassname.length > 0) {
          const className = list_utils_1.ListUtils.unwrapList(node.opclassname).map((name) => this.visit(name, context)).join(".");
          output.push(className);
        }
        if (node.isDefault) {
          output.push("DEFAULT");
        }
        output.push("FOR TYPE");
        if (node.datatype) {
          output.push(this.TypeName(node.datatype, context));
        }
        output.push("USING");
        if (node.amname) {
          output.push(node.amname);
        }
        if (node.opfamilyname && node.opfamilyname.length > 0) {
          output.push("FAMILY");
          const familyName = list_utils_1.ListUtils.unwrapList(node.opfamilyname).map((name) => this.visit(name, context)).join(".");
          output.push(familyName);
        }
        output.push("AS");
        if (node.items && node.items.length > 0) {
          const items = list_utils_1.ListUtils.unwrapList(node.items).map((item) => this.visit(item, context)).join(", ");
          output.push(items);
        }
        return output.join(" ");
      }
      CreateOpFamilyStmt(node, context) {
        const output = ["CREATE OPERATOR FAMILY"];
        if (node.opfamilyname && node.opfamilyname.length > 0) {
          const familyName = list_utils_1.ListUtils.unwrapList(node.opfamilyname).map((name) => this.visit(name, context)).join(".");
          output.push(familyName);
        }
        output.push("USING");
        if (node.amname) {
          output.push(node.amname);
        }
        return output.join(" ");
      }
      AlterOpFamilyStmt(node, context) {
        const output = ["ALTER OPERATOR FAMILY"];
        if (node.opfamilyname && node.opfamilyname.length > 0) {
          const familyName = list_utils_1.ListUtils.unwrapList(node.opfamilyname).map((name) => this.visit(name, context)).join(".");
          output.push(familyName);
        }
        output.push("USING");
        if (node.amname) {
          output.push(node.amname);
        }
        if (node.isDrop) {
          output.push("DROP");
        } else {
          output.push("ADD");
        }
        if (node.items && node.items.length > 0) {
          const items = list_utils_1.ListUtils.unwrapList(node.items).map((item) => this.visit(item, context)).join(", ");
          output.push(items);
        }
        return output.join(" ");
      }
      MergeStmt(node, context) {
        const output = [];
        if (node.withClause) {
          output.push(this.WithClause(node.withClause, context));
        }
        output.push("MERGE INTO");
        if (node.relation) {
          output.push(this.RangeVar(node.relation, context));
        }
        if (node.sourceRelation) {
          output.push("USING");
          output.push(this.visit(node.sourceRelation, context));
        }
        if (node.joinCondition) {
          output.push("ON");
          output.push(this.visit(node.joinCondition, context));
        }
        if (node.mergeWhenClauses && node.mergeWhenClauses.length > 0) {
          const whenClauses = list_utils_1.ListUtils.unwrapList(node.mergeWhenClauses).map((clause) => this.visit(clause, context)).join(" ");
          output.push(whenClauses);
        }
        if (node.returningClause) {
          output.push(this.ReturningClause(node.returningClause, context));
        }
        return output.join(" ");
      }
      MergeSupportFunc(node, context) {
        return "merge_action()";
      }
      MergeWhenClause(node, context) {
        const output = ["WHEN"];
        switch (node.matchKind) {
          case "MERGE_WHEN_MATCHED":
            output.push("MATCHED");
            break;
          case "MERGE_WHEN_NOT_MATCHED_BY_SOURCE":
            output.push("NOT MATCHED BY SOURCE");
            break;
          case "MERGE_WHEN_NOT_MATCHED_BY_TARGET":
            output.push("NOT MATCHED");
            break;
        }
        if (node.condition) {
          output.push("AND");
          output.push(this.visit(node.condition, context));
        }
        output.push("THEN");
        switch (node.commandType) {
          case "CMD_UPDATE": {
            output.push("UPDATE SET");
            if (node.targetList && node.targetList.length > 0) {
              output.push(this.formatUpdateAssignments(node.targetList, context));
            }
            break;
          }
          case "CMD_INSERT": {
            output.push("INSERT");
            const targetList = list_utils_1.ListUtils.unwrapList(node.targetList);
            if (targetList.length > 0) {
              const columns = targetList.map((target) => quotes_1.QuoteUtils.quoteIdentifier(target.ResTarget?.name)).join(", ");
              output.push(`(${columns})`);
            }
            if (node.override === "OVERRIDING_USER_VALUE") {
              output.push("OVERRIDING USER VALUE");
            } else if (node.override === "OVERRIDING_SYSTEM_VALUE") {
              output.push("OVERRIDING SYSTEM VALUE");
            }
            const values = list_utils_1.ListUtils.unwrapList(node.values);
            if (values.length > 0) {
              const valueItems = values.map((value) => this.visit(value, context)).join(", ");
              output.push(`VALUES (${valueItems})`);
            } else {
              output.push("DEFAULT VALUES");
            }
            break;
          }
          case "CMD_DELETE":
            output.push("DELETE");
            break;
          case "CMD_NOTHING":
            output.push("DO NOTHING");
            break;
        }
        return output.join(" ");
      }
      AlterTableMoveAllStmt(node, context) {
        const output = ["ALTER"];
        if (node.objtype === "OBJECT_TABLE") {
          output.push("TABLE");
        } else if (node.objtype === "OBJECT_INDEX") {
          output.push("INDEX");
        } else {
          output.push("TABLE");
        }
        output.push("ALL", "IN", "TABLESPACE");
        if (node.orig_tablespacename) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.orig_tablespacename));
        }
        output.push("SET", "TABLESPACE");
        if (node.new_tablespacename) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.new_tablespacename));
        }
        if (node.nowait) {
          output.push("NOWAIT");
        }
        return output.join(" ");
      }
      CreateSeqStmt(node, context) {
        const output = ["CREATE"];
        if (node.sequence) {
          const seq = node.sequence;
          if (seq.relpersistence === "t") {
            output.push("TEMPORARY");
          }
        }
        output.push("SEQUENCE");
        if (node.if_not_exists) {
          output.push("IF NOT EXISTS");
        }
        if (node.sequence) {
          const sequenceName = [];
          const seq = node.sequence;
          if (seq.schemaname) {
            sequenceName.push(quotes_1.QuoteUtils.quoteIdentifier(seq.schemaname));
          }
          if (seq.relname) {
            sequenceName.push(quotes_1.QuoteUtils.quoteIdentifier(seq.relname));
          }
          output.push(sequenceName.join("."));
        }
        if (node.options && node.options.length > 0) {
          const seqContext = context.spawn("CreateSeqStmt");
          const optionStrs = list_utils_1.ListUtils.unwrapList(node.options).filter((option) => option != null && this.getNodeType(option) !== "undefined").map((option) => {
            try {
              return this.visit(option, seqContext);
            } catch (error) {
              console.warn(`Error processing option in CreateSeqStmt: ${error instanceof Error ? error.message : String(error)}`);
              return "";
            }
          }).filter((str) => str !== "").join(" ");
          if (optionStrs) {
            output.push(optionStrs);
          }
        }
        return output.join(" ");
      }
      AlterSeqStmt(node, context) {
        const output = ["ALTER", "SEQUENCE"];
        if (node.missing_ok) {
          output.push("IF EXISTS");
        }
        if (node.sequence) {
          const sequenceName = [];
          const seq = node.sequence;
          if (seq.schemaname) {
            sequenceName.push(quotes_1.QuoteUtils.quoteIdentifier(seq.schemaname));
          }
          if (seq.relname) {
            sequenceName.push(quotes_1.QuoteUtils.quoteIdentifier(seq.relname));
          }
          output.push(sequenceName.join("."));
        }
        if (node.options && node.options.length > 0) {
          const seqContext = context.spawn("AlterSeqStmt");
          const optionStrs = list_utils_1.ListUtils.unwrapList(node.options).filter((option) => option && option !== void 0).map((option) => {
            try {
              if (!option || this.getNodeType(option) === "undefined") {
                return "";
              }
              return this.visit(option, seqContext);
            } catch (error) {
              console.warn(`Error processing option in AlterSeqStmt: ${error instanceof Error ? error.message : String(error)}`);
              return "";
            }
          }).filter((str) => str && str.trim().length > 0).join(" ");
          if (optionStrs) {
            output.push(optionStrs);
          }
        }
        if (node.for_identity) {
          output.push("FOR IDENTITY");
        }
        return output.join(" ");
      }
      CompositeTypeStmt(node, context) {
        const output = ["CREATE", "TYPE"];
        if (node.typevar) {
          const typeContext = context.spawn("CompositeTypeStmt");
          output.push(this.RangeVar(node.typevar, typeContext));
        }
        output.push("AS");
        if (node.coldeflist && node.coldeflist.length > 0) {
          const colDefs = list_utils_1.ListUtils.unwrapList(node.coldeflist).map((colDef) => this.visit(colDef, context)).join(", ");
          output.push(`(${colDefs})`);
        } else {
          output.push("()");
        }
        return output.join(" ");
      }
      CreateRangeStmt(node, context) {
        const output = ["CREATE", "TYPE"];
        if (node.typeName && node.typeName.length > 0) {
          const typeNameStr = list_utils_1.ListUtils.unwrapList(node.typeName).map((name) => this.visit(name, context)).join(".");
          output.push(typeNameStr);
        }
        output.push("AS", "RANGE");
        if (node.params && node.params.length > 0) {
          const paramStrs = list_utils_1.ListUtils.unwrapList(node.params).map((param) => {
            const paramData = this.getNodeData(param);
            if (paramData.defname && paramData.arg) {
              const argValue = this.visit(paramData.arg, context);
              return `${paramData.defname} = ${argValue}`;
            }
            return this.visit(param, context);
          });
          output.push(`(${paramStrs.join(", ")})`);
        }
        return output.join(" ");
      }
      AlterEnumStmt(node, context) {
        const output = ["ALTER", "TYPE"];
        if (node.typeName && node.typeName.length > 0) {
          const typeNameStr = list_utils_1.ListUtils.unwrapList(node.typeName).map((name) => this.visit(name, context)).join(".");
          output.push(typeNameStr);
        }
        if (node.oldVal && node.newVal) {
          const escapedOldVal = node.oldVal.replace(/'/g, "''");
          const escapedNewVal = node.newVal.replace(/'/g, "''");
          output.push("RENAME", "VALUE", `'${escapedOldVal}'`, "TO", `'${escapedNewVal}'`);
        } else if (node.newVal) {
          output.push("ADD", "VALUE");
          if (node.skipIfNewValExists) {
            output.push("IF NOT EXISTS");
          }
          const escapedNewVal = node.newVal.replace(/'/g, "''");
          output.push(`'${escapedNewVal}'`);
          if (node.newValNeighbor) {
            const escapedNeighbor = node.newValNeighbor.replace(/'/g, "''");
            if (node.newValIsAfter) {
              output.push("AFTER", `'${escapedNeighbor}'`);
            } else {
              output.push("BEFORE", `'${escapedNeighbor}'`);
            }
          }
        }
        return output.join(" ");
      }
      AlterTypeStmt(node, context) {
        const output = ["ALTER", "TYPE"];
        if (node.typeName && node.typeName.length > 0) {
          const typeNameStr = list_utils_1.ListUtils.unwrapList(node.typeName).map((name) => this.visit(name, context)).join(".");
          output.push(typeNameStr);
        }
        output.push("SET");
        if (node.options && node.options.length > 0) {
          const optionStrs = list_utils_1.ListUtils.unwrapList(node.options).map((option) => {
            const optionData = this.getNodeData(option);
            if (optionData.defname && optionData.arg) {
              const argValue = this.visit(optionData.arg, context);
              return `${optionData.defname} = ${argValue}`;
            }
            return this.visit(option, context);
          });
          output.push(`(${optionStrs.join(", ")})`);
        }
        return output.join(" ");
      }
      AlterRoleStmt(node, context) {
        const isGroupStatement = node.options && list_utils_1.ListUtils.unwrapList(node.options).some((option) => option.DefElem && option.DefElem.defname === "rolemembers");
        const output = ["ALTER", isGroupStatement ? "GROUP" : "ROLE"];
        if (node.role) {
          output.push(this.RoleSpec(node.role, context));
        }
        if (node.options) {
          const roleContext = context.spawn("AlterRoleStmt");
          if (isGroupStatement) {
            const roleMembersOption = list_utils_1.ListUtils.unwrapList(node.options).find((option) => option.DefElem && option.DefElem.defname === "rolemembers");
            if (roleMembersOption && roleMembersOption.DefElem) {
              const operation = node.action === 1 ? "ADD" : "DROP";
              output.push(operation, "USER");
              if (roleMembersOption.DefElem.arg && roleMembersOption.DefElem.arg.List) {
                const users = list_utils_1.ListUtils.unwrapList(roleMembersOption.DefElem.arg.List.items).map((user) => this.visit(user, roleContext)).join(", ");
                output.push(users);
              }
            }
          } else {
            const options = list_utils_1.ListUtils.unwrapList(node.options).map((option) => this.visit(option, roleContext)).join(" ");
            if (options) {
              output.push(options);
            }
          }
        }
        return output.join(" ");
      }
      DropRoleStmt(node, context) {
        const output = ["DROP", "ROLE"];
        if (node.missing_ok) {
          output.push("IF EXISTS");
        }
        if (node.roles) {
          const roleNames = list_utils_1.ListUtils.unwrapList(node.roles).map((role) => this.visit(role, context)).join(", ");
          output.push(roleNames);
        }
        return output.join(" ");
      }
      targetList(node, context) {
        if (!node || !Array.isArray(node)) {
          return "";
        }
        return node.map((target) => this.visit(target, context)).join(", ");
      }
      CreateAggregateStmt(node, context) {
        const output = ["CREATE"];
        if (node.replace) {
          output.push("OR REPLACE");
        }
        output.push("AGGREGATE");
        if (node.defnames && node.defnames.length > 0) {
          const aggName = list_utils_1.ListUtils.unwrapList(node.defnames).map((name) => this.visit(name, context)).join(".");
          output.push(aggName);
        }
        output.push("(");
        if (node.args && node.args.length > 0) {
          const args = list_utils_1.ListUtils.unwrapList(node.args).map((arg) => this.visit(arg, context)).join(", ");
          output.push(args);
        } else {
          output.push("*");
        }
        output.push(")");
        output.push("(");
        const options = [];
        if (node.definition && node.definition.length > 0) {
          const optionStrs = list_utils_1.ListUtils.unwrapList(node.definition).map((option) => {
            const optionData = this.getNodeData(option);
            if (optionData.defname === "sfunc" || optionData.defname === "sfunc1") {
              const funcValue = this.visit(optionData.arg, context);
              return `SFUNC = ${funcValue}`;
            } else if (optionData.defname === "stype" || optionData.defname === "stype1") {
              const typeValue = this.visit(optionData.arg, context);
              return `STYPE = ${typeValue}`;
            } else if (optionData.defname === "basetype") {
              const baseValue = this.visit(optionData.arg, context);
              return `BASETYPE = ${baseValue}`;
            } else if (optionData.defname === "finalfunc") {
              const finalValue = this.visit(optionData.arg, context);
              return `FINALFUNC = ${finalValue}`;
            } else if (optionData.defname === "initcond" || optionData.defname === "initcond1") {
              const initValue = this.visit(optionData.arg, context);
              return `INITCOND = ${initValue}`;
            } else if (optionData.defname === "combinefunc") {
              const combineValue = this.visit(optionData.arg, context);
              return `COMBINEFUNC = ${combineValue}`;
            } else if (optionData.defname === "serialfunc") {
              const serialValue = this.visit(optionData.arg, context);
              return `SERIALFUNC = ${serialValue}`;
            } else if (optionData.defname === "deserialfunc") {
              const deserialValue = this.visit(optionData.arg, context);
              return `DESERIALFUNC = ${deserialValue}`;
            } else if (optionData.defname === "parallel") {
              const parallelValue = this.visit(optionData.arg, context);
              return `PARALLEL = ${parallelValue}`;
            }
            return this.visit(option, context);
          });
          options.push(...optionStrs);
        }
        output.push(options.join(", "));
        output.push(")");
        return output.join(" ");
      }
      CreateTableAsStmt(node, context) {
        const output = ["CREATE"];
        if (node.objtype === "OBJECT_MATVIEW") {
          output.push("MATERIALIZED VIEW");
        } else {
          if (node.into && node.into.rel && node.into.rel.relpersistence === "t") {
            output.push("TEMPORARY TABLE");
          } else {
            output.push("TABLE");
          }
        }
        if (node.if_not_exists) {
          output.push("IF NOT EXISTS");
        }
        if (node.into && node.into.rel) {
          output.push(this.RangeVar(node.into.rel, context));
        }
        if (node.into && node.into.colNames && node.into.colNames.length > 0) {
          output.push("(");
          const colNames = list_utils_1.ListUtils.unwrapList(node.into.colNames).map((col) => this.visit(col, context)).join(", ");
          output.push(colNames);
          output.push(")");
        }
        if (node.into && node.into.accessMethod) {
          output.push("USING");
          output.push(node.into.accessMethod);
        }
        if (node.into && node.into.options && node.into.options.length > 0) {
          output.push("WITH");
          const options = list_utils_1.ListUtils.unwrapList(node.into.options).map((option) => this.visit(option, context.spawn("CreateStmt"))).join(", ");
          output.push(`(${options})`);
        }
        if (node.into && node.into.onCommit && node.into.onCommit !== "ONCOMMIT_NOOP") {
          output.push("ON COMMIT");
          switch (node.into.onCommit) {
            case "ONCOMMIT_PRESERVE_ROWS":
              output.push("PRESERVE ROWS");
              break;
            case "ONCOMMIT_DELETE_ROWS":
              output.push("DELETE ROWS");
              break;
            case "ONCOMMIT_DROP":
              output.push("DROP");
              break;
          }
        }
        if (node.into && node.into.tableSpaceName) {
          output.push("TABLESPACE", quotes_1.QuoteUtils.quoteIdentifier(node.into.tableSpaceName));
        }
        output.push("AS");
        if (node.query) {
          output.push(this.visit(node.query, context));
        }
        if (node.into && node.into.skipData) {
          output.push("WITH NO DATA");
        }
        return output.join(" ");
      }
      RefreshMatViewStmt(node, context) {
        const output = ["REFRESH", "MATERIALIZED", "VIEW"];
        if (node.concurrent) {
          output.push("CONCURRENTLY");
        }
        if (node.relation) {
          output.push(this.visit(node.relation, context));
        }
        if (node.skipData) {
          output.push("WITH NO DATA");
        }
        return output.join(" ");
      }
      AccessPriv(node, context) {
        const output = [];
        if (node.priv_name) {
          output.push(node.priv_name.toUpperCase());
        } else {
          output.push("ALL");
        }
        if (node.cols && node.cols.length > 0) {
          output.push("(");
          const colContext = context.spawn("AccessPriv");
          const columns = list_utils_1.ListUtils.unwrapList(node.cols).map((col) => this.visit(col, colContext));
          output.push(columns.join(", "));
          output.push(")");
        }
        return output.join(" ");
      }
      aliasname(node, context) {
        if (typeof node === "string") {
          return quotes_1.QuoteUtils.quoteIdentifier(node);
        }
        return this.visit(node, context);
      }
      DefineStmt(node, context) {
        const output = [];
        if (!node.kind) {
          throw new Error("DefineStmt requires kind property");
        }
        switch (node.kind) {
          case "OBJECT_OPERATOR":
            output.push("CREATE OPERATOR");
            if (node.defnames && node.defnames.length > 0) {
              const names = list_utils_1.ListUtils.unwrapList(node.defnames).map((name, index) => {
                if (index === node.defnames.length - 1) {
                  const nodeData = this.getNodeData(name);
                  if (nodeData && nodeData.sval) {
                    return nodeData.sval;
                  }
                }
                return this.visit(name, context);
              });
              output.push(names.join("."));
            }
            if (node.definition && node.definition.length > 0) {
              output.push("(");
              const definitions = list_utils_1.ListUtils.unwrapList(node.definition).map((def) => {
                if (def.DefElem) {
                  const defElem = def.DefElem;
                  const defName = defElem.defname;
                  const defValue = defElem.arg;
                  if (defName && defValue) {
                    const quotedDefName = quotes_1.QuoteUtils.quoteIdentifier(defName);
                    const preservedDefName = quotedDefName !== defName ? quotedDefName : this.preserveOperatorDefElemCase(defName);
                    if ((defName.toLowerCase() === "commutator" || defName.toLowerCase() === "negator") && defValue.List) {
                      const listItems = list_utils_1.ListUtils.unwrapList(defValue.List.items);
                      if (listItems.length === 1 && listItems[0].String) {
                        return `${preservedDefName} = ${listItems[0].String.sval}`;
                      }
                    }
                    if (defName.toLowerCase() === "commutator" || defName.toLowerCase() === "negator") {
                      return `${preservedDefName} = ${this.visit(defValue, context)}`;
                    }
                    return `${preservedDefName} = ${this.visit(defValue, context)}`;
                  } else if (defName && !defValue) {
                    if (defName === "Hashes" || defName === "Merges") {
                      return quotes_1.QuoteUtils.quoteIdentifier(defName);
                    }
                    return this.preserveOperatorDefElemCase(defName).toUpperCase();
                  }
                }
                return this.visit(def, context);
              });
              output.push(definitions.join(", "));
              output.push(")");
            }
            break;
          case "OBJECT_TYPE":
            output.push("CREATE TYPE");
            if (node.defnames && node.defnames.length > 0) {
              output.push(list_utils_1.ListUtils.unwrapList(node.defnames).map((name) => this.visit(name, context)).join("."));
            }
            if (node.definition && node.definition.length > 0) {
              const defineStmtContext = context.spawn("DefineStmt");
              const definitions = list_utils_1.ListUtils.unwrapList(node.definition).map((def) => {
                return this.visit(def, defineStmtContext);
              });
              output.push(`(${definitions.join(", ")})`);
            }
            break;
          case "OBJECT_AGGREGATE":
            output.push("CREATE");
            if (node.replace) {
              output.push("OR REPLACE");
            }
            output.push("AGGREGATE");
            if (node.defnames && node.defnames.length > 0) {
              const nameStrs = list_utils_1.ListUtils.unwrapList(node.defnames).map((name) => this.visit(name, context));
              output.push(nameStrs.join("."));
            }
            if (node.args && node.args.length > 0) {
              const args = list_utils_1.ListUtils.unwrapList(node.args);
              const hasOrderedSetIndicator = args.some((arg) => arg.Integer && arg.Integer.ival === 1);
              const hasOrderByPattern = args.length >= 2 && args[0].List && args[0].List.items && args[0].List.items.length === 1 && args[0].List.items[0].FunctionParameter && args[0].List.items[0].FunctionParameter.mode === "FUNC_PARAM_DEFAULT" && args[1].Integer && Object.keys(args[1].Integer).length === 0;
              const filteredArgs = args.filter((arg) => {
                if (arg.Integer && (arg.Integer.ival === -1 || arg.Integer.ival === 1)) {
                  return false;
                }
                if (arg.Integer && Object.keys(arg.Integer).length === 0 && hasOrderByPattern) {
                  return false;
                }
                return true;
              });
              if (filteredArgs.length > 0) {
                if (hasOrderByPattern) {
                  const listArg = filteredArgs[0];
                  if (listArg.List && listArg.List.items && listArg.List.items[0].FunctionParameter) {
                    const functionParam = listArg.List.items[0].FunctionParameter;
                    let paramStr;
                    if (functionParam.argType && functionParam.argType.names) {
                      const names = functionParam.argType.names;
                      if (names.length >= 2 && names[0].String && names[0].String.sval === "pg_catalog") {
                        paramStr = names[1].String.sval;
                      } else if (names.length >= 1 && names[0].String) {
                        paramStr = names[0].String.sval;
                      } else {
                        paramStr = "unknown";
                      }
                    } else {
                      paramStr = this.visit({ TypeName: functionParam.argType }, context);
                    }
                    output.push(`(ORDER BY ${paramStr})`);
                  } else {
                    const paramStr = this.visit(listArg, context);
                    output.push(`(ORDER BY ${paramStr})`);
                  }
                } else if (hasOrderedSetIndicator && filteredArgs.length === 1 && filteredArgs[0].List) {
                  const listArg = filteredArgs[0].List;
                  if (listArg.items && listArg.items.length >= 2) {
                    const items = list_utils_1.ListUtils.unwrapList(listArg.items);
                    const firstItem = this.visit(items[0], context);
                    const remainingItems = items.slice(1).map((item) => this.visit(item, context));
                    output.push(`(${firstItem} ORDER BY ${remainingItems.join(", ")})`);
                  } else if (listArg.items && listArg.items.length === 1) {
                    const item = listArg.items[0];
                    if (item.FunctionParameter && item.FunctionParameter.mode === "FUNC_PARAM_VARIADIC") {
                      const paramStr = this.visit(item, context);
                      output.push(`(${paramStr} ORDER BY ${paramStr})`);
                    } else {
                      const paramStr = this.visit(item, context);
                      output.push(`(${paramStr})`);
                    }
                  } else {
                    const argStrs = filteredArgs.map((arg) => {
                      if (Object.keys(arg).length === 0) {
                        return "*";
                      }
                      return this.visit(arg, context);
                    });
                    output.push(`(${argStrs.join(", ")})`);
                  }
                } else {
                  const argStrs = filteredArgs.map((arg) => {
                    if (Object.keys(arg).length === 0) {
                      return "*";
                    }
                    return this.visit(arg, context);
                  });
                  output.push(`(${argStrs.join(", ")})`);
                }
              }
            }
            if (node.definition && node.definition.length > 0) {
              const definitions = list_utils_1.ListUtils.unwrapList(node.definition).map((def) => {
                if (def.DefElem) {
                  const defElem = def.DefElem;
                  const defName = defElem.defname;
                  const defValue = defElem.arg;
                  if (defName && defValue) {
                    const quotedDefName = quotes_1.QuoteUtils.quoteIdentifier(defName);
                    const preservedDefName = quotedDefName !== defName ? quotedDefName : defName;
                    if (defValue.String) {
                      return `${preservedDefName} = '${defValue.String.sval}'`;
                    }
                    return `${preservedDefName} = ${this.visit(defValue, context)}`;
                  }
                }
                return this.visit(def, context);
              });
              output.push(`(${definitions.join(", ")})`);
            }
            break;
          case "OBJECT_TSDICTIONARY":
            output.push("CREATE TEXT SEARCH DICTIONARY");
            if (node.defnames && node.defnames.length > 0) {
              output.push(list_utils_1.ListUtils.unwrapList(node.defnames).map((name) => this.visit(name, context)).join("."));
            }
            if (node.definition && node.definition.length > 0) {
              output.push("(");
              const definitions = list_utils_1.ListUtils.unwrapList(node.definition).map((def) => {
                if (def.DefElem) {
                  const defElem = def.DefElem;
                  const defName = defElem.defname;
                  const defValue = defElem.arg;
                  if (defName && defValue) {
                    return `${defName} = ${this.visit(defValue, context)}`;
                  }
                }
                return this.visit(def, context);
              });
              output.push(definitions.join(", "));
              output.push(")");
            }
            break;
          case "OBJECT_TSCONFIGURATION":
            output.push("CREATE TEXT SEARCH CONFIGURATION");
            if (node.defnames && node.defnames.length > 0) {
              output.push(list_utils_1.ListUtils.unwrapList(node.defnames).map((name) => this.visit(name, context)).join("."));
            }
            if (node.definition && node.definition.length > 0) {
              output.push("(");
              const definitions = list_utils_1.ListUtils.unwrapList(node.definition).map((def) => {
                if (def.DefElem) {
                  const defElem = def.DefElem;
                  const defName = defElem.defname;
                  const defValue = defElem.arg;
                  if (defName && defValue) {
                    return `${defName} = ${this.visit(defValue, context)}`;
                  }
                }
                return this.visit(def, context);
              });
              output.push(definitions.join(", "));
              output.push(")");
            }
            break;
          case "OBJECT_TSPARSER":
            output.push("CREATE TEXT SEARCH PARSER");
            if (node.defnames && node.defnames.length > 0) {
              const names = list_utils_1.ListUtils.unwrapList(node.defnames).map((name) => this.visit(name, context)).join(".");
              output.push(names);
            }
            if (node.definition && node.definition.length > 0) {
              output.push("(");
              const definitions = list_utils_1.ListUtils.unwrapList(node.definition).map((def) => {
                if (def.DefElem) {
                  const defElem = def.DefElem;
                  const defName = defElem.defname;
                  const defValue = defElem.arg;
                  if (defName && defValue) {
                    return `${defName} = ${this.visit(defValue, context)}`;
                  }
                }
                return this.visit(def, context);
              });
              output.push(definitions.join(", "));
              output.push(")");
            }
            break;
          case "OBJECT_TSTEMPLATE":
            output.push("CREATE TEXT SEARCH TEMPLATE");
            if (node.defnames && node.defnames.length > 0) {
              const names = list_utils_1.ListUtils.unwrapList(node.defnames).map((name) => this.visit(name, context)).join(".");
              output.push(names);
            }
            if (node.definition && node.definition.length > 0) {
              output.push("(");
              const definitions = list_utils_1.ListUtils.unwrapList(node.definition).map((def) => {
                if (def.DefElem) {
                  const defElem = def.DefElem;
                  const defName = defElem.defname;
                  const defValue = defElem.arg;
                  if (defName && defValue) {
                    return `${defName} = ${this.visit(defValue, context)}`;
                  }
                }
                return this.visit(def, context);
              });
              output.push(definitions.join(", "));
              output.push(")");
            }
            break;
          case "OBJECT_COLLATION":
            output.push("CREATE COLLATION");
            if (node.defnames && node.defnames.length > 0) {
              output.push(list_utils_1.ListUtils.unwrapList(node.defnames).map((name) => this.visit(name, context)).join("."));
            }
            if (node.definition && node.definition.length > 0) {
              const definitions = list_utils_1.ListUtils.unwrapList(node.definition).map((def) => {
                if (def.DefElem) {
                  const defElem = def.DefElem;
                  const defName = defElem.defname;
                  const defValue = defElem.arg;
                  if (defName && defValue) {
                    if (defName === "from") {
                      return `FROM ${this.visit(defValue, context)}`;
                    }
                    let valueStr;
                    if (defValue.String) {
                      valueStr = `'${defValue.String.sval}'`;
                    } else {
                      valueStr = this.visit(defValue, context);
                    }
                    return `${defName} = ${valueStr}`;
                  }
                }
                return this.visit(def, context);
              });
              const hasFromClause = definitions.some((def) => def.startsWith("FROM "));
              if (hasFromClause) {
                output.push(definitions.join(" "));
              } else {
                output.push(`(${definitions.join(", ")})`);
              }
            }
            break;
          default:
            throw new Error(`Unsupported DefineStmt kind: ${node.kind}`);
        }
        return output.join(" ");
      }
      AlterDatabaseStmt(node, context) {
        const output = ["ALTER", "DATABASE"];
        if (node.dbname) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.dbname));
        }
        if (node.options && node.options.length > 0) {
          const options = list_utils_1.ListUtils.unwrapList(node.options).map((opt) => this.visit(opt, context));
          output.push(options.join(" "));
        }
        return output.join(" ");
      }
      AlterDatabaseRefreshCollStmt(node, context) {
        const output = ["ALTER", "DATABASE"];
        if (node.dbname) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.dbname));
        }
        output.push("REFRESH", "COLLATION", "VERSION");
        return output.join(" ");
      }
      AlterDatabaseSetStmt(node, context) {
        const output = ["ALTER", "DATABASE"];
        if (node.dbname) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.dbname));
        }
        if (node.setstmt) {
          const setClause = this.VariableSetStmt(node.setstmt, context);
          output.push(setClause);
        }
        return output.join(" ");
      }
      DeclareCursorStmt(node, context) {
        const output = ["DECLARE"];
        if (node.portalname) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.portalname));
        }
        const cursorOptions = [];
        if (node.options) {
          if (node.options & 2) {
            cursorOptions.push("SCROLL");
          } else if (node.options & 4) {
            cursorOptions.push("NO SCROLL");
          }
          if (node.options & 1)
            cursorOptions.push("BINARY");
          if (node.options & 8)
            cursorOptions.push("INSENSITIVE");
        }
        if (cursorOptions.length > 0) {
          output.push(...cursorOptions);
        }
        output.push("CURSOR");
        if (node.options && node.options & 32) {
          output.push("WITH HOLD");
        }
        output.push("FOR");
        if (node.query) {
          output.push(this.visit(node.query, context));
        }
        return output.join(" ");
      }
      PublicationObjSpec(node, context) {
        const output = [];
        if (node.pubobjtype === "PUBLICATIONOBJ_TABLE") {
          output.push("TABLE");
          if (node.pubtable) {
            output.push(this.PublicationTable(node.pubtable, context));
          }
        } else if (node.pubobjtype === "PUBLICATIONOBJ_TABLES_IN_SCHEMA") {
          output.push("TABLES IN SCHEMA");
          if (node.name) {
            output.push(quotes_1.QuoteUtils.quoteIdentifier(node.name));
          }
        } else if (node.pubobjtype === "PUBLICATIONOBJ_TABLES_IN_CUR_SCHEMA") {
          output.push("TABLES IN SCHEMA CURRENT_SCHEMA");
        }
        return output.join(" ");
      }
      PublicationTable(node, context) {
        const output = [];
        if (node.relation) {
          output.push(this.RangeVar(node.relation, context));
        }
        if (node.columns && node.columns.length > 0) {
          const columns = list_utils_1.ListUtils.unwrapList(node.columns).map((col) => this.visit(col, context));
          output.push(`(${columns.join(", ")})`);
        }
        if (node.whereClause) {
          output.push("WHERE");
          output.push(`(${this.visit(node.whereClause, context)})`);
        }
        return output.join(" ");
      }
      CreateAmStmt(node, context) {
        const output = ["CREATE", "ACCESS", "METHOD"];
        if (node.amname) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.amname));
        }
        output.push("TYPE");
        switch (node.amtype) {
          case "i":
            output.push("INDEX");
            break;
          case "t":
            output.push("TABLE");
            break;
          default:
            output.push(node.amtype || "");
            break;
        }
        if (node.handler_name && node.handler_name.length > 0) {
          output.push("HANDLER");
          const handlerName = list_utils_1.ListUtils.unwrapList(node.handler_name).map((name) => this.visit(name, context)).join(".");
          output.push(handlerName);
        }
        return output.join(" ");
      }
      IntoClause(node, context) {
        const output = [];
        if (node.rel) {
          output.push(this.RangeVar(node.rel, context));
        }
        if (node.colNames && node.colNames.length > 0) {
          const columns = list_utils_1.ListUtils.unwrapList(node.colNames).map((col) => this.visit(col, context)).join(", ");
          output.push(`(${columns})`);
        }
        if (node.accessMethod) {
          output.push("USING", node.accessMethod);
        }
        if (node.options && node.options.length > 0) {
          output.push("WITH");
          const options = list_utils_1.ListUtils.unwrapList(node.options).map((opt) => this.visit(opt, context)).join(", ");
          output.push(`(${options})`);
        }
        if (node.onCommit && node.onCommit !== "ONCOMMIT_NOOP") {
          output.push("ON COMMIT");
          switch (node.onCommit) {
            case "ONCOMMIT_PRESERVE_ROWS":
              output.push("PRESERVE ROWS");
              break;
            case "ONCOMMIT_DELETE_ROWS":
              output.push("DELETE ROWS");
              break;
            case "ONCOMMIT_DROP":
              output.push("DROP");
              break;
          }
        }
        if (node.tableSpaceName) {
          output.push("TABLESPACE", quotes_1.QuoteUtils.quoteIdentifier(node.tableSpaceName));
        }
        return output.join(" ");
      }
      OnConflictExpr(node, context) {
        const output = ["ON CONFLICT"];
        if (node.arbiterElems && node.arbiterElems.length > 0) {
          const arbiters = list_utils_1.ListUtils.unwrapList(node.arbiterElems).map((elem) => this.visit(elem, context)).join(", ");
          output.push(`(${arbiters})`);
        }
        if (node.arbiterWhere) {
          output.push("WHERE");
          output.push(this.visit(node.arbiterWhere, context));
        }
        if (node.action === "ONCONFLICT_NOTHING") {
          output.push("DO NOTHING");
        } else if (node.action === "ONCONFLICT_UPDATE") {
          output.push("DO UPDATE SET");
          if (node.onConflictSet && node.onConflictSet.length > 0) {
            const updates = list_utils_1.ListUtils.unwrapList(node.onConflictSet).map((set) => this.visit(set, context)).join(", ");
            output.push(updates);
          }
          if (node.onConflictWhere) {
            output.push("WHERE");
            output.push(this.visit(node.onConflictWhere, context));
          }
        }
        return output.join(" ");
      }
      ScanToken(node, context) {
        return "";
      }
      CreateOpClassItem(node, context) {
        const output = [];
        if (node.itemtype === 1) {
          output.push("OPERATOR");
          const operatorNumber = node.number !== void 0 ? node.number : 0;
          output.push(operatorNumber.toString());
          if (node.name) {
            const opClassContext = context.spawn("CreateOpClassItem");
            output.push(this.ObjectWithArgs(node.name, opClassContext));
          }
        } else if (node.itemtype === 2) {
          output.push("FUNCTION");
          const functionNumber = node.number !== void 0 ? node.number : 0;
          output.push(functionNumber.toString());
          if (node.name) {
            const opClassContext = context.spawn("CreateOpClassItem");
            output.push(this.ObjectWithArgs(node.name, opClassContext));
          }
        } else if (node.itemtype === 3) {
          output.push("STORAGE");
          if (node.storedtype) {
            output.push(this.TypeName(node.storedtype, context));
          }
        }
        if (node.order_family && node.order_family.length > 0) {
          output.push("FOR ORDER BY");
          const orderFamily = list_utils_1.ListUtils.unwrapList(node.order_family).map((family) => this.visit(family, context)).join(".");
          output.push(orderFamily);
        }
        if (node.class_args && node.class_args.length > 0) {
          const classArgs = list_utils_1.ListUtils.unwrapList(node.class_args).map((arg) => this.visit(arg, context)).join(", ");
          output.push(`(${classArgs})`);
        }
        return output.join(" ");
      }
      Var(node, context) {
        if (node.varno && node.varattno) {
          return `$${node.varno}.${node.varattno}`;
        }
        return "$var";
      }
      TableFunc(node, context) {
        const output = [];
        if (node.functype === "TFT_XMLTABLE") {
          output.push("XMLTABLE");
          if (node.ns_names && node.ns_names.length > 0) {
            output.push("XMLNAMESPACES");
            const namespaces = list_utils_1.ListUtils.unwrapList(node.ns_names).map((ns) => this.visit(ns, context)).join(", ");
            output.push(`(${namespaces})`);
          }
          if (node.rowexpr) {
            output.push(`(${this.visit(node.rowexpr, context)})`);
          }
          if (node.docexpr) {
            output.push("PASSING");
            output.push(this.visit(node.docexpr, context));
          }
          if (node.colexprs && node.colexprs.length > 0) {
            output.push("COLUMNS");
            const columns = list_utils_1.ListUtils.unwrapList(node.colexprs).map((col) => this.visit(col, context)).join(", ");
            output.push(columns);
          }
        } else if (node.functype === "TFT_JSON_TABLE") {
          output.push("JSON_TABLE");
          if (node.docexpr) {
            output.push(`(${this.visit(node.docexpr, context)})`);
          }
          if (node.rowexpr) {
            output.push(",");
            output.push(`'${this.visit(node.rowexpr, context)}'`);
          }
          if (node.colexprs && node.colexprs.length > 0) {
            output.push("COLUMNS");
            const columns = list_utils_1.ListUtils.unwrapList(node.colexprs).map((col) => this.visit(col, context)).join(", ");
            output.push(`(${columns})`);
          }
        }
        return output.join(" ");
      }
      RangeTableFunc(node, context) {
        const output = [];
        if (node.lateral) {
          output.push("LATERAL");
        }
        if (node.docexpr) {
          output.push(this.visit(node.docexpr, context));
        }
        if (node.rowexpr) {
          output.push("PASSING");
          output.push(this.visit(node.rowexpr, context));
        }
        if (node.columns && node.columns.length > 0) {
          output.push("COLUMNS");
          const columns = list_utils_1.ListUtils.unwrapList(node.columns).map((col) => this.visit(col, context)).join(", ");
          output.push(`(${columns})`);
        }
        if (node.alias) {
          output.push(this.Alias(node.alias, context));
        }
        return output.join(" ");
      }
      RangeTableFuncCol(node, context) {
        const output = [];
        if (node.colname) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.colname));
        }
        if (node.for_ordinality) {
          output.push("FOR ORDINALITY");
        } else if (node.typeName) {
          output.push(this.TypeName(node.typeName, context));
        }
        if (node.colexpr) {
          output.push("PATH");
          output.push(`'${this.visit(node.colexpr, context)}'`);
        }
        if (node.coldefexpr) {
          output.push("DEFAULT");
          output.push(this.visit(node.coldefexpr, context));
        }
        return output.join(" ");
      }
      formatJsonFormat(format) {
        if (!format || !format.format_type || format.format_type === "JS_FORMAT_DEFAULT") {
          return null;
        }
        const parts = ["FORMAT JSON"];
        switch (format.encoding) {
          case "JS_ENC_UTF8":
            parts.push("ENCODING UTF8");
            break;
          case "JS_ENC_UTF16":
            parts.push("ENCODING UTF16");
            break;
          case "JS_ENC_UTF32":
            parts.push("ENCODING UTF32");
            break;
        }
        return parts.join(" ");
      }
      formatJsonOutput(output, context) {
        if (!output || !output.typeName)
          return null;
        const parts = ["RETURNING", this.TypeName(output.typeName, context)];
        const format = this.formatJsonFormat(output.returning?.format);
        if (format)
          parts.push(format);
        return parts.join(" ");
      }
      formatJsonNullClause(absentOnNull) {
        return absentOnNull ? "ABSENT ON NULL" : "NULL ON NULL";
      }
      formatJsonUniqueClause(unique) {
        return unique ? "WITH UNIQUE KEYS" : null;
      }
      JsonValueExpr(node, context) {
        const parts = [];
        if (node.raw_expr) {
          parts.push(this.visit(node.raw_expr, context));
        }
        const format = this.formatJsonFormat(node.format);
        if (format)
          parts.push(format);
        return parts.join(" ");
      }
      JsonKeyValue(node, context) {
        const key = node.key ? this.visit(node.key, context) : "";
        const value = node.value ? this.JsonValueExpr(node.value, context) : "";
        return `${key} : ${value}`;
      }
      JsonObjectConstructor(node, context) {
        const args = [];
        if (node.exprs && node.exprs.length > 0) {
          args.push(list_utils_1.ListUtils.unwrapList(node.exprs).map((e) => this.visit(e, context)).join(", "));
          args.push(this.formatJsonNullClause(node.absent_on_null));
          const unique = this.formatJsonUniqueClause(node.unique);
          if (unique)
            args.push(unique);
        }
        const output = this.formatJsonOutput(node.output, context);
        if (output)
          args.push(output);
        return `JSON_OBJECT(${args.join(" ")})`;
      }
      JsonArrayConstructor(node, context) {
        const args = [];
        if (node.exprs && node.exprs.length > 0) {
          args.push(list_utils_1.ListUtils.unwrapList(node.exprs).map((e) => this.visit(e, context)).join(", "));
          args.push(this.formatJsonNullClause(node.absent_on_null));
        }
        const output = this.formatJsonOutput(node.output, context);
        if (output)
          args.push(output);
        return `JSON_ARRAY(${args.join(" ")})`;
      }
      JsonArrayQueryConstructor(node, context) {
        const args = [];
        if (node.query) {
          args.push(this.visit(node.query, context));
        }
        const format = this.formatJsonFormat(node.format);
        if (format)
          args.push(format);
        const output = this.formatJsonOutput(node.output, context);
        if (output)
          args.push(output);
        return `JSON_ARRAY(${args.join(" ")})`;
      }
      formatJsonAggSuffix(ctor, context) {
        if (!ctor)
          return "";
        let result = "";
        if (ctor.agg_filter) {
          result += ` FILTER (WHERE ${this.visit(ctor.agg_filter, context)})`;
        }
        if (ctor.over) {
          result += this.formatOverClause(ctor.over, context);
        }
        return result;
      }
      JsonObjectAgg(node, context) {
        const args = [];
        if (node.arg) {
          args.push(this.JsonKeyValue(node.arg, context));
        }
        args.push(this.formatJsonNullClause(node.absent_on_null));
        const unique = this.formatJsonUniqueClause(node.unique);
        if (unique)
          args.push(unique);
        const output = this.formatJsonOutput(node.constructor?.output, context);
        if (output)
          args.push(output);
        return `JSON_OBJECTAGG(${args.join(" ")})${this.formatJsonAggSuffix(node.constructor, context)}`;
      }
      JsonArrayAgg(node, context) {
        const args = [];
        if (node.arg) {
          args.push(this.JsonValueExpr(node.arg, context));
        }
        const aggOrder = node.constructor?.agg_order;
        if (aggOrder && aggOrder.length > 0) {
          const orderItems = list_utils_1.ListUtils.unwrapList(aggOrder).map((item) => this.visit(item, context));
          args.push(`ORDER BY ${orderItems.join(", ")}`);
        }
        args.push(this.formatJsonNullClause(node.absent_on_null));
        const output = this.formatJsonOutput(node.constructor?.output, context);
        if (output)
          args.push(output);
        return `JSON_ARRAYAGG(${args.join(" ")})${this.formatJsonAggSuffix(node.constructor, context)}`;
      }
      JsonParseExpr(node, context) {
        const args = [];
        if (node.expr) {
          args.push(this.JsonValueExpr(node.expr, context));
        }
        const unique = this.formatJsonUniqueClause(node.unique_keys);
        if (unique)
          args.push(unique);
        return `JSON(${args.join(" ")})`;
      }
      JsonScalarExpr(node, context) {
        const expr = node.expr ? this.visit(node.expr, context) : "";
        return `JSON_SCALAR(${expr})`;
      }
      JsonSerializeExpr(node, context) {
        const args = [];
        if (node.expr) {
          args.push(this.JsonValueExpr(node.expr, context));
        }
        const output = this.formatJsonOutput(node.output, context);
        if (output)
          args.push(output);
        return `JSON_SERIALIZE(${args.join(" ")})`;
      }
      JsonIsPredicate(node, context) {
        const parts = [];
        if (node.expr) {
          parts.push(this.visit(node.expr, context));
        }
        const format = this.formatJsonFormat(node.format);
        if (format)
          parts.push(format);
        parts.push("IS JSON");
        switch (node.item_type) {
          case "JS_TYPE_OBJECT":
            parts.push("OBJECT");
            break;
          case "JS_TYPE_ARRAY":
            parts.push("ARRAY");
            break;
          case "JS_TYPE_SCALAR":
            parts.push("SCALAR");
            break;
        }
        if (node.unique_keys) {
          parts.push("WITH UNIQUE KEYS");
        }
        return parts.join(" ");
      }
      RangeFunction(node, context) {
        const output = [];
        if (node.lateral) {
          output.push("LATERAL");
        }
        if (node.is_rowsfrom) {
          output.push("ROWS FROM");
          if (node.functions && node.functions.length > 0) {
            const functionStrs = list_utils_1.ListUtils.unwrapList(node.functions).filter((func) => func != null).map((func) => {
              try {
                const nodeType = this.getNodeType(func);
                if (nodeType === "List") {
                  const listData = this.getNodeData(func);
                  if (listData && listData.items && Array.isArray(listData.items)) {
                    const items = listData.items;
                    if (items.length >= 2) {
                      const funcCall = this.visit(items[0], context);
                      const coldefList = this.getNodeData(items[1]);
                      if (coldefList && coldefList.items && Array.isArray(coldefList.items)) {
                        const coldefs = coldefList.items.map((coldef) => this.visit(coldef, context)).filter((str) => str && str.trim());
                        if (coldefs.length > 0) {
                          return `${funcCall} AS (${coldefs.join(", ")})`;
                        }
                      }
                      return funcCall;
                    } else if (items.length === 1) {
                      return this.visit(items[0], context);
                    }
                  }
                }
                return this.visit(func, context);
              } catch (error) {
                console.warn(`Error processing function in RangeFunction: ${error instanceof Error ? error.message : String(error)}`);
                return "";
              }
            }).filter((str) => str && str.trim());
            if (functionStrs.length > 0) {
              output.push(`(${functionStrs.join(", ")})`);
            }
          }
        } else {
          if (node.functions && node.functions.length > 0) {
            const functionStrs = list_utils_1.ListUtils.unwrapList(node.functions).filter((func) => func != null).map((func) => {
              try {
                const nodeType = this.getNodeType(func);
                if (nodeType === "List") {
                  const listData = this.getNodeData(func);
                  if (listData && listData.items && Array.isArray(listData.items)) {
                    const items = listData.items;
                    if (items.length >= 1) {
                      return this.visit(items[0], context);
                    }
                  }
                }
                return this.visit(func, context);
              } catch (error) {
                console.warn(`Error processing function in RangeFunction: ${error instanceof Error ? error.message : String(error)}`);
                return "";
              }
            }).filter((str) => str && str.trim());
            if (functionStrs.length > 0) {
              output.push(functionStrs.join(", "));
            }
          }
        }
        if (node.ordinality) {
          output.push("WITH ORDINALITY");
        }
        if (node.alias) {
          if (node.coldeflist && node.coldeflist.length > 0) {
            const aliasName = node.alias.aliasname;
            const coldefs = list_utils_1.ListUtils.unwrapList(node.coldeflist).map((coldef) => this.visit(coldef, context)).filter((str) => str && str.trim());
            output.push(`${aliasName} (${coldefs.join(", ")})`);
          } else {
            output.push(this.Alias(node.alias, context));
          }
        } else if (node.coldeflist && node.coldeflist.length > 0) {
          const coldefs = list_utils_1.ListUtils.unwrapList(node.coldeflist).map((coldef) => this.visit(coldef, context)).filter((str) => str && str.trim());
          output.push(`AS (${coldefs.join(", ")})`);
        }
        return output.join(" ");
      }
      XmlExpr(node, context) {
        if (node.op === "IS_XMLPI") {
          if (node.name && node.args && node.args.length > 0) {
            const argStrs = list_utils_1.ListUtils.unwrapList(node.args).map((arg) => this.visit(arg, context));
            return `xmlpi(name ${quotes_1.QuoteUtils.quoteIdentifier(node.name)}, ${argStrs.join(", ")})`;
          } else if (node.name) {
            return `xmlpi(name ${quotes_1.QuoteUtils.quoteIdentifier(node.name)})`;
          } else {
            return "XMLPI()";
          }
        }
        const output = [];
        switch (node.op) {
          case "IS_XMLCONCAT":
            output.push("XMLCONCAT");
            break;
          case "IS_XMLELEMENT":
            output.push("XMLELEMENT");
            const elementParts = [];
            if (node.name) {
              elementParts.push(`NAME ${quotes_1.QuoteUtils.quoteIdentifier(node.name)}`);
            }
            if (node.named_args && node.named_args.length > 0) {
              const namedArgStrs = list_utils_1.ListUtils.unwrapList(node.named_args).map((arg) => this.visit(arg, context));
              elementParts.push(`XMLATTRIBUTES(${namedArgStrs.join(", ")})`);
            }
            if (node.args && node.args.length > 0) {
              const argStrs = list_utils_1.ListUtils.unwrapList(node.args).map((arg) => this.visit(arg, context));
              elementParts.push(...argStrs);
            }
            if (elementParts.length > 0) {
              output.push(`(${elementParts.join(", ")})`);
            }
            break;
          case "IS_XMLFOREST":
            output.push("XMLFOREST");
            break;
          case "IS_XMLPARSE":
            output.push("XMLPARSE");
            const parseParts = [];
            if (node.xmloption) {
              if (node.xmloption === "XMLOPTION_DOCUMENT") {
                parseParts.push("DOCUMENT");
              } else if (node.xmloption === "XMLOPTION_CONTENT") {
                parseParts.push("CONTENT");
              }
            }
            if (node.args && node.args.length > 0) {
              const argStrs = list_utils_1.ListUtils.unwrapList(node.args).map((arg) => this.visit(arg, context));
              if (argStrs.length > 0) {
                parseParts.push(argStrs[0]);
              }
            }
            if (parseParts.length > 0) {
              output.push(`(${parseParts.join(" ")})`);
            }
            break;
          case "IS_XMLROOT":
            output.push("XMLROOT");
            if (node.args && node.args.length > 0) {
              const args = list_utils_1.ListUtils.unwrapList(node.args);
              const rootParts = [];
              if (args[0]) {
                rootParts.push(this.visit(args[0], context));
              }
              if (args[1]) {
                const versionArg = args[1];
                if (versionArg.A_Const && versionArg.A_Const.isnull) {
                  rootParts.push("version NO VALUE");
                } else {
                  rootParts.push(`version ${this.visit(versionArg, context)}`);
                }
              }
              if (args[2]) {
                const standaloneArg = args[2];
                if (standaloneArg.A_Const && standaloneArg.A_Const.ival !== void 0) {
                  if (standaloneArg.A_Const.ival.ival === 1) {
                    rootParts.push("STANDALONE NO");
                  } else if (standaloneArg.A_Const.ival.ival === 2) {
                    rootParts.push("STANDALONE NO VALUE");
                  } else if (standaloneArg.A_Const.ival.ival === 3) {
                  } else if (Object.keys(standaloneArg.A_Const.ival).length === 0) {
                    rootParts.push("STANDALONE YES");
                  } else {
                    rootParts.push(`STANDALONE ${this.visit(standaloneArg, context)}`);
                  }
                } else {
                  rootParts.push(`STANDALONE ${this.visit(standaloneArg, context)}`);
                }
              }
              if (rootParts.length > 0) {
                output.push(`(${rootParts.join(", ")})`);
              }
            }
            break;
          case "IS_XMLSERIALIZE":
            output.push("XMLSERIALIZE");
            break;
          case "IS_DOCUMENT":
            if (node.args && node.args.length > 0) {
              const argStrs = list_utils_1.ListUtils.unwrapList(node.args).map((arg) => this.visit(arg, context));
              output.push(`${argStrs[0]} IS DOCUMENT`);
            } else {
              output.push("IS DOCUMENT");
            }
            break;
          default:
            throw new Error(`Unsupported XmlExpr op: ${node.op}`);
        }
        if (node.op !== "IS_XMLELEMENT" && node.op !== "IS_XMLPARSE" && node.op !== "IS_XMLROOT" && node.op !== "IS_DOCUMENT") {
          if (node.name) {
            const quotedName = quotes_1.QuoteUtils.quoteIdentifier(node.name);
            output.push(`NAME ${quotedName}`);
          }
          if (node.args && node.args.length > 0) {
            const argStrs = list_utils_1.ListUtils.unwrapList(node.args).map((arg) => this.visit(arg, context));
            output.push(`(${argStrs.join(", ")})`);
          }
        }
        if (node.named_args && node.named_args.length > 0 && node.op !== "IS_XMLELEMENT") {
          const namedArgStrs = list_utils_1.ListUtils.unwrapList(node.named_args).map((arg) => this.visit(arg, context));
          if (node.op === "IS_XMLFOREST") {
            output.push(`(${namedArgStrs.join(", ")})`);
          } else {
            output.push(`XMLATTRIBUTES(${namedArgStrs.join(", ")})`);
          }
        }
        return output.join(" ");
      }
      schemaname(node, context) {
        if (typeof node === "string") {
          return quotes_1.QuoteUtils.quoteIdentifier(node);
        }
        if (node && node.String && node.String.sval) {
          return quotes_1.QuoteUtils.quoteIdentifier(node.String.sval);
        }
        if (node && typeof node === "object") {
          if (node.sval !== void 0) {
            return quotes_1.QuoteUtils.quoteIdentifier(node.sval);
          }
          if (node.List && Array.isArray(node.List.items)) {
            const items = node.List.items;
            if (items.length > 0 && items[0].String && items[0].String.sval) {
              return quotes_1.QuoteUtils.quoteIdentifier(items[0].String.sval);
            }
          }
          if (node.val !== void 0) {
            return quotes_1.QuoteUtils.quoteIdentifier(node.val);
          }
          return "";
        }
        return "";
      }
      RangeTableSample(node, context) {
        const output = [];
        if (node.relation) {
          output.push(this.visit(node.relation, context));
        }
        output.push("TABLESAMPLE");
        if (node.method && node.method.length > 0) {
          const methodParts = node.method.map((m) => this.visit(m, context));
          output.push(methodParts.join("."));
        }
        if (node.args && node.args.length > 0) {
          const argStrs = node.args.map((arg) => this.visit(arg, context));
          output.push(`(${argStrs.join(", ")})`);
        }
        if (node.repeatable) {
          output.push("REPEATABLE");
          output.push(`(${this.visit(node.repeatable, context)})`);
        }
        return output.join(" ");
      }
      XmlSerialize(node, context) {
        const output = ["XMLSERIALIZE"];
        output.push("(");
        if (node.typeName) {
          if (node.xmloption === "XMLOPTION_DOCUMENT") {
            output.push("DOCUMENT");
          } else {
            output.push("CONTENT");
          }
          output.push(this.visit(node.expr, context));
          output.push("AS");
          output.push(this.TypeName(node.typeName, context));
        }
        output.push(")");
        return output.join(" ");
      }
      ctes(node, context) {
        if (!node || !Array.isArray(node)) {
          return "";
        }
        const output = ["WITH"];
        if (node.length > 0 && node[0] && node[0].CommonTableExpr && node[0].CommonTableExpr.recursive) {
          output.push("RECURSIVE");
        }
        const cteStrs = node.map((cte) => this.visit(cte, context));
        output.push(cteStrs.join(", "));
        return output.join(" ");
      }
      RuleStmt(node, context) {
        const output = ["CREATE"];
        if (node.replace) {
          output.push("OR REPLACE");
        }
        output.push("RULE");
        if (node.rulename) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.rulename));
        }
        output.push("AS ON");
        if (node.event) {
          switch (node.event) {
            case "CMD_SELECT":
              output.push("SELECT");
              break;
            case "CMD_INSERT":
              output.push("INSERT");
              break;
            case "CMD_UPDATE":
              output.push("UPDATE");
              break;
            case "CMD_DELETE":
              output.push("DELETE");
              break;
            default:
              output.push(node.event.toString());
          }
        }
        output.push("TO");
        if (node.relation) {
          output.push(this.RangeVar(node.relation, context));
        }
        if (node.whereClause) {
          output.push("WHERE");
          output.push(this.visit(node.whereClause, context));
        }
        output.push("DO");
        if (node.instead) {
          output.push("INSTEAD");
        }
        if (node.actions && node.actions.length > 0) {
          if (node.actions.length === 1) {
            output.push(this.visit(node.actions[0], context));
          } else {
            output.push("(");
            const actionStrs = list_utils_1.ListUtils.unwrapList(node.actions).map((action) => this.visit(action, context));
            output.push(actionStrs.join("; "));
            output.push(")");
          }
        } else {
          output.push("NOTHING");
        }
        return output.join(" ");
      }
      RangeSubselect(node, context) {
        const output = [];
        if (node.lateral) {
          output.push("LATERAL");
        }
        if (node.subquery) {
          output.push("(");
          output.push(this.visit(node.subquery, context));
          output.push(")");
        }
        if (node.alias) {
          output.push(this.Alias(node.alias, context));
        }
        return output.join(" ");
      }
      relname(node, context) {
        if (typeof node === "string") {
          return quotes_1.QuoteUtils.quoteIdentifier(node);
        }
        if (node && node.String && node.String.sval) {
          return quotes_1.QuoteUtils.quoteIdentifier(node.String.sval);
        }
        if (node && typeof node === "object" && node.relname) {
          return quotes_1.QuoteUtils.quoteIdentifier(node.relname);
        }
        return this.visit(node, context);
      }
      rel(node, context) {
        if (typeof node === "string") {
          return quotes_1.QuoteUtils.quoteIdentifier(node);
        }
        if (node && node.String && node.String.sval) {
          return quotes_1.QuoteUtils.quoteIdentifier(node.String.sval);
        }
        if (node && node.RangeVar) {
          return this.RangeVar(node.RangeVar, context);
        }
        if (node && typeof node === "object" && node.relname) {
          return quotes_1.QuoteUtils.quoteIdentifier(node.relname);
        }
        return this.visit(node, context);
      }
      objname(node, context) {
        if (typeof node === "string") {
          return quotes_1.QuoteUtils.quoteIdentifier(node);
        }
        if (node && node.String && node.String.sval) {
          return quotes_1.QuoteUtils.quoteIdentifier(node.String.sval);
        }
        if (Array.isArray(node)) {
          const parts = node.map((part) => {
            if (part && part.String && part.String.sval) {
              return quotes_1.QuoteUtils.quoteIdentifier(part.String.sval);
            }
            return this.visit(part, context);
          });
          return parts.join(".");
        }
        return this.visit(node, context);
      }
      SQLValueFunction(node, context) {
        switch (node.op) {
          case "SVFOP_CURRENT_DATE":
            return "CURRENT_DATE";
          case "SVFOP_CURRENT_TIME":
            return "CURRENT_TIME";
          case "SVFOP_CURRENT_TIME_N":
            return `CURRENT_TIME(${node.typmod || 0})`;
          case "SVFOP_CURRENT_TIMESTAMP":
            return "CURRENT_TIMESTAMP";
          case "SVFOP_CURRENT_TIMESTAMP_N":
            return `CURRENT_TIMESTAMP(${node.typmod || 0})`;
          case "SVFOP_LOCALTIME":
            return "LOCALTIME";
          case "SVFOP_LOCALTIME_N":
            return `LOCALTIME(${node.typmod || 0})`;
          case "SVFOP_LOCALTIMESTAMP":
            return "LOCALTIMESTAMP";
          case "SVFOP_LOCALTIMESTAMP_N":
            return `LOCALTIMESTAMP(${node.typmod || 0})`;
          case "SVFOP_CURRENT_ROLE":
            return "CURRENT_ROLE";
          case "SVFOP_CURRENT_USER":
            return "CURRENT_USER";
          case "SVFOP_USER":
            return "USER";
          case "SVFOP_SESSION_USER":
            return "SESSION_USER";
          case "SVFOP_CURRENT_CATALOG":
            return "CURRENT_CATALOG";
          case "SVFOP_CURRENT_SCHEMA":
            return "CURRENT_SCHEMA";
          default:
            throw new Error(`Unsupported SQLValueFunction op: ${node.op}`);
        }
      }
      GroupingFunc(node, context) {
        const output = ["GROUPING"];
        if (node.args && node.args.length > 0) {
          const argStrs = list_utils_1.ListUtils.unwrapList(node.args).map((arg) => this.visit(arg, context));
          output.push(`(${argStrs.join(", ")})`);
        } else {
          output.push("()");
        }
        return output.join("");
      }
      MultiAssignRef(node, context) {
        const output = [];
        if (node.source) {
          output.push(this.visit(node.source, context));
        }
        if (node.colno > 0) {
          output.push(`[${node.colno}]`);
        }
        return output.join("");
      }
      SetToDefault(node, context) {
        return "DEFAULT";
      }
      CurrentOfExpr(node, context) {
        const output = ["CURRENT OF"];
        if (node.cursor_name) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.cursor_name));
        }
        if (node.cursor_param > 0) {
          output.push(`$${node.cursor_param}`);
        }
        return output.join(" ");
      }
      TableLikeClause(node, context) {
        const output = ["LIKE"];
        if (node.relation) {
          output.push(this.visit(node.relation, context));
        }
        if (node.options && typeof node.options === "number") {
          if (node.options === 2147483647 || node.options === 2147483647) {
            output.push("INCLUDING ALL");
          } else {
            const optionStrs = [];
            if (node.options & 1)
              optionStrs.push("INCLUDING COMMENTS");
            if (node.options & 4)
              optionStrs.push("INCLUDING CONSTRAINTS");
            if (node.options & 8)
              optionStrs.push("INCLUDING DEFAULTS");
            if (node.options & 16)
              optionStrs.push("INCLUDING GENERATED");
            if (node.options & 32)
              optionStrs.push("INCLUDING IDENTITY");
            if (node.options & 64)
              optionStrs.push("INCLUDING INDEXES");
            if (node.options & 128)
              optionStrs.push("INCLUDING STATISTICS");
            if (node.options & 256)
              optionStrs.push("INCLUDING STORAGE");
            if (optionStrs.length > 0) {
              output.push(optionStrs.join(" "));
            }
          }
        }
        return output.join(" ");
      }
      AlterFunctionStmt(node, context) {
        const output = ["ALTER"];
        if (node.objtype === "OBJECT_PROCEDURE") {
          output.push("PROCEDURE");
        } else {
          output.push("FUNCTION");
        }
        if (node.func) {
          output.push(this.ObjectWithArgs(node.func, context));
        }
        if (node.actions && node.actions.length > 0) {
          const alterFunctionContext = context.spawn("AlterFunctionStmt");
          const actionStrs = list_utils_1.ListUtils.unwrapList(node.actions).map((action) => this.visit(action, alterFunctionContext));
          output.push(actionStrs.join(" "));
        }
        return output.join(" ");
      }
      AlterObjectSchemaStmt(node, context) {
        const output = ["ALTER"];
        try {
          output.push(this.getObjectTypeKeyword(node.objectType));
        } catch {
          output.push(node.objectType.toString());
        }
        if (node.missing_ok) {
          output.push("IF EXISTS");
        }
        if (node.relation && (node.objectType === "OBJECT_TABLE" || node.objectType === "OBJECT_FOREIGN_TABLE" || node.objectType === "OBJECT_MATVIEW")) {
          output.push(this.RangeVar(node.relation, context));
        } else if (node.object) {
          if (node.objectType === "OBJECT_DOMAIN" && node.object.List) {
            const items = list_utils_1.ListUtils.unwrapList(node.object);
            if (items.length === 2) {
              const schemaName = items[0].String?.sval || "";
              const domainName = items[1].String?.sval || "";
              output.push(quotes_1.QuoteUtils.quoteQualifiedIdentifier(schemaName, domainName));
            } else {
              output.push(this.visit(node.object, context));
            }
          } else if (node.objectType === "OBJECT_TYPE" && node.object.List) {
            const items = list_utils_1.ListUtils.unwrapList(node.object);
            if (items.length === 2) {
              const schemaName = items[0].String?.sval || "";
              const typeName = items[1].String?.sval || "";
              output.push(quotes_1.QuoteUtils.quoteQualifiedIdentifier(schemaName, typeName));
            } else {
              output.push(this.visit(node.object, context));
            }
          } else if (node.objectType === "OBJECT_CONVERSION" && node.object.List) {
            const items = list_utils_1.ListUtils.unwrapList(node.object);
            if (items.length === 2) {
              const schemaName = items[0].String?.sval || "";
              const conversionName = items[1].String?.sval || "";
              output.push(quotes_1.QuoteUtils.quoteQualifiedIdentifier(schemaName, conversionName));
            } else {
              output.push(this.visit(node.object, context));
            }
          } else if (node.objectType === "OBJECT_TSPARSER" && node.object.List) {
            const items = list_utils_1.ListUtils.unwrapList(node.object);
            if (items.length === 2) {
              const schemaName = items[0].String?.sval || "";
              const parserName = items[1].String?.sval || "";
              output.push(quotes_1.QuoteUtils.quoteQualifiedIdentifier(schemaName, parserName));
            } else {
              output.push(this.visit(node.object, context));
            }
          } else if (node.objectType === "OBJECT_TSCONFIGURATION" && node.object.List) {
            const items = list_utils_1.ListUtils.unwrapList(node.object);
            if (items.length === 2) {
              const schemaName = items[0].String?.sval || "";
              const configName = items[1].String?.sval || "";
              output.push(quotes_1.QuoteUtils.quoteQualifiedIdentifier(schemaName, configName));
            } else {
              output.push(this.visit(node.object, context));
            }
          } else if (node.objectType === "OBJECT_TSTEMPLATE" && node.object.List) {
            const items = list_utils_1.ListUtils.unwrapList(node.object);
            if (items.length === 2) {
              const schemaName = items[0].String?.sval || "";
              const templateName = items[1].String?.sval || "";
              output.push(quotes_1.QuoteUtils.quoteQualifiedIdentifier(schemaName, templateName));
            } else {
              output.push(this.visit(node.object, context));
            }
          } else if (node.objectType === "OBJECT_TSDICTIONARY" && node.object.List) {
            const items = list_utils_1.ListUtils.unwrapList(node.object);
            if (items.length === 2) {
              const schemaName = items[0].String?.sval || "";
              const dictionaryName = items[1].String?.sval || "";
              output.push(quotes_1.QuoteUtils.quoteQualifiedIdentifier(schemaName, dictionaryName));
            } else {
              output.push(this.visit(node.object, context));
            }
          } else if (node.objectType === "OBJECT_OPCLASS" && node.object.List) {
            const items = list_utils_1.ListUtils.unwrapList(node.object);
            if (items.length === 2) {
              const accessMethod = items[0].String?.sval || "";
              const opClassName = items[1].String?.sval || "";
              output.push(`${quotes_1.QuoteUtils.quoteIdentifier(opClassName)} USING ${accessMethod}`);
            } else if (items.length === 3) {
              const accessMethod = items[0].String?.sval || "";
              const schemaName = items[1].String?.sval || "";
              const opClassName = items[2].String?.sval || "";
              output.push(`${quotes_1.QuoteUtils.quoteQualifiedIdentifier(schemaName, opClassName)} USING ${accessMethod}`);
            } else {
              output.push(this.visit(node.object, context));
            }
          } else if (node.objectType === "OBJECT_OPFAMILY" && node.object.List) {
            const items = list_utils_1.ListUtils.unwrapList(node.object);
            if (items.length === 2) {
              const accessMethod = items[0].String?.sval || "";
              const opFamilyName = items[1].String?.sval || "";
              output.push(`${quotes_1.QuoteUtils.quoteIdentifier(opFamilyName)} USING ${accessMethod}`);
            } else if (items.length === 3) {
              const accessMethod = items[0].String?.sval || "";
              const schemaName = items[1].String?.sval || "";
              const opFamilyName = items[2].String?.sval || "";
              output.push(`${quotes_1.QuoteUtils.quoteQualifiedIdentifier(schemaName, opFamilyName)} USING ${accessMethod}`);
            } else {
              output.push(this.visit(node.object, context));
            }
          } else {
            output.push(this.visit(node.object, context));
          }
        }
        output.push("SET SCHEMA");
        if (node.newschema) {
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.newschema));
        }
        return output.join(" ");
      }
      AlterRoleSetStmt(node, context) {
        const output = ["ALTER", "ROLE"];
        if (node.role) {
          output.push(this.RoleSpec(node.role, context));
        } else {
          output.push("ALL");
        }
        if (node.database) {
          output.push("IN DATABASE");
          output.push(this.quoteIfNeeded(node.database));
        }
        if (node.setstmt) {
          if (node.setstmt.kind === "VAR_RESET") {
            output.push("RESET");
            if (node.setstmt.name) {
              output.push(node.setstmt.name);
            }
          } else {
            output.push("SET");
            if (node.setstmt.name) {
              output.push(node.setstmt.name);
            }
            if (node.setstmt.args && node.setstmt.args.length > 0) {
              output.push("TO");
              const args = list_utils_1.ListUtils.unwrapList(node.setstmt.args).map((arg) => this.visit(arg, context)).join(", ");
              output.push(args);
            }
          }
        }
        return output.join(" ");
      }
      CreateForeignTableStmt(node, context) {
        const output = ["CREATE FOREIGN TABLE"];
        if (node.base && node.base.relation) {
          const relationContext = context.spawn("CreateForeignTableStmt");
          output.push(this.RangeVar(node.base.relation, relationContext));
        }
        if (node.base && node.base.tableElts) {
          const elementStrs = list_utils_1.ListUtils.unwrapList(node.base.tableElts).map((el) => this.visit(el, context));
          output.push(`(${elementStrs.join(", ")})`);
        } else if (!node.base?.partbound) {
          output.push("()");
        }
        if (node.base && node.base.inhRelations && node.base.inhRelations.length > 0) {
          if (node.base.partbound) {
            const inheritStrs = list_utils_1.ListUtils.unwrapList(node.base.inhRelations).map((rel) => this.visit(rel, context));
            output.push(`PARTITION OF ${inheritStrs.join(", ")}`);
            if (node.base.partbound.is_default) {
              output.push("DEFAULT");
            }
          } else {
            const inheritStrs = list_utils_1.ListUtils.unwrapList(node.base.inhRelations).map((rel) => this.visit(rel, context));
            output.push(`INHERITS (${inheritStrs.join(", ")})`);
          }
        }
        if (node.servername) {
          output.push("SERVER");
          output.push(quotes_1.QuoteUtils.quoteIdentifier(node.servername));
        }
        if (node.options && node.options.length > 0) {
          const foreignTableContext = context.spawn("CreateForeignTableStmt");
          const optionStrs = list_utils_1.ListUtils.unwrapList(node.options).map((opt) => this.visit(opt, foreignTableContext));
          output.push(`OPTIONS (${optionStrs.join(", ")})`);
        }
        return output.join(" ");
      }
      containsMultilineStringLiteral(content) {
        const stringLiteralRegex = /'[^']*\n[^']*'/g;
        return stringLiteralRegex.test(content);
      }
    };
    exports.Deparser = Deparser;
  }
});

// node_modules/pgsql-deparser/index.js
var require_pgsql_deparser = __commonJS({
  "node_modules/pgsql-deparser/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.QuoteUtils = exports.Deparser = exports.deparse = exports.deparseSync = void 0;
    var deparser_1 = require_deparser();
    Object.defineProperty(exports, "Deparser", { enumerable: true, get: function() {
      return deparser_1.Deparser;
    } });
    var deparseMethod = deparser_1.Deparser.deparse;
    exports.deparseSync = deparseMethod;
    var deparse = async (...args) => {
      return deparseMethod(...args);
    };
    exports.deparse = deparse;
    var quotes_1 = require_quotes();
    Object.defineProperty(exports, "QuoteUtils", { enumerable: true, get: function() {
      return quotes_1.QuoteUtils;
    } });
  }
});

// node_modules/@pgsql/types/types.js
var require_types = __commonJS({
  "node_modules/@pgsql/types/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
  }
});

// node_modules/@pgsql/types/enums.js
var require_enums = __commonJS({
  "node_modules/@pgsql/types/enums.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
  }
});

// node_modules/@pgsql/types/index.js
var require_types2 = __commonJS({
  "node_modules/@pgsql/types/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p)) __createBinding(exports2, m, p);
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    __exportStar(require_types(), exports);
    __exportStar(require_enums(), exports);
  }
});

// node_modules/libpg-query/wasm/libpg-query.js
var require_libpg_query = __commonJS({
  "node_modules/libpg-query/wasm/libpg-query.js"(exports, module) {
    var PgQueryModule = (() => {
      var _scriptName = globalThis.document?.currentScript?.src;
      return async function(moduleArg = {}) {
        var Module = moduleArg;
        var ENVIRONMENT_IS_WEB = !!globalThis.window;
        var ENVIRONMENT_IS_WORKER = !!globalThis.WorkerGlobalScope;
        var ENVIRONMENT_IS_NODE = globalThis.process?.versions?.node && globalThis.process?.type != "renderer";
        var programArgs = [];
        var thisProgram = "./this.program";
        var quit_ = (status, toThrow) => {
          throw toThrow;
        };
        if (typeof __filename != "undefined") {
          _scriptName = __filename;
        } else if (ENVIRONMENT_IS_WORKER) {
          _scriptName = self.location.href;
        }
        var scriptDirectory = "";
        function locateFile(path5) {
          if (Module["locateFile"]) {
            return Module["locateFile"](path5, scriptDirectory);
          }
          return scriptDirectory + path5;
        }
        var readAsync, readBinary;
        if (ENVIRONMENT_IS_NODE) {
          var fs = __require("node:fs");
          scriptDirectory = __dirname + "/";
          readBinary = (filename) => {
            filename = isFileURI(filename) ? new URL(filename) : filename;
            var ret = fs.readFileSync(filename);
            return ret;
          };
          readAsync = async (filename, binary = true) => {
            filename = isFileURI(filename) ? new URL(filename) : filename;
            var ret = fs.readFileSync(filename, binary ? void 0 : "utf8");
            return ret;
          };
          if (process.argv.length > 1) {
            thisProgram = process.argv[1].replace(/\\/g, "/");
          }
          programArgs = process.argv.slice(2);
          quit_ = (status, toThrow) => {
            process.exitCode = status;
            throw toThrow;
          };
        } else if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
          try {
            scriptDirectory = new URL(".", _scriptName).href;
          } catch {
          }
          {
            if (ENVIRONMENT_IS_WORKER) {
              readBinary = (url) => {
                var xhr = new XMLHttpRequest();
                xhr.open("GET", url, false);
                xhr.responseType = "arraybuffer";
                xhr.send(null);
                return new Uint8Array(xhr.response);
              };
            }
            readAsync = async (url) => {
              var response = await fetch(url, { credentials: "same-origin" });
              if (response.ok) {
                return response.arrayBuffer();
              }
              throw new Error(response.status + " : " + response.url);
            };
          }
        } else {
        }
        var out = console.log.bind(console);
        var err = console.error.bind(console);
        var wasmBinary;
        var ABORT = false;
        var EXITSTATUS;
        var isFileURI = (filename) => filename.startsWith("file://");
        class EmscriptenEH {
        }
        class EmscriptenSjLj extends EmscriptenEH {
        }
        var runtimeInitialized = false;
        function getMemoryBuffer() {
          return wasmMemory.buffer;
        }
        function updateMemoryViews() {
          if (HEAP8?.buffer?.resizable) return;
          var b = getMemoryBuffer();
          HEAP8 = new Int8Array(b);
          HEAP16 = new Int16Array(b);
          Module["HEAPU8"] = HEAPU8 = new Uint8Array(b);
          HEAPU16 = new Uint16Array(b);
          HEAP32 = new Int32Array(b);
          Module["HEAPU32"] = HEAPU32 = new Uint32Array(b);
          HEAPF32 = new Float32Array(b);
          HEAPF64 = new Float64Array(b);
          HEAP64 = new BigInt64Array(b);
          HEAPU64 = new BigUint64Array(b);
        }
        function preRun() {
          var preRun2 = Module["preRun"];
          if (preRun2) {
            if (typeof preRun2 == "function") preRun2 = [preRun2];
            onPreRuns.push(...preRun2);
          }
          callRuntimeCallbacks(onPreRuns);
        }
        function initRuntime() {
          runtimeInitialized = true;
          if (!Module["noFSInit"] && !FS.initialized) FS.init();
          TTY.init();
          wasmExports["A"]();
          FS.ignorePermissions = false;
        }
        function postRun() {
          var postRun2 = Module["postRun"];
          if (postRun2) {
            if (typeof postRun2 == "function") postRun2 = [postRun2];
            onPostRuns.push(...postRun2);
          }
          callRuntimeCallbacks(onPostRuns);
        }
        function abort(what) {
          Module["onAbort"]?.(what);
          what = `Aborted(${what})`;
          err(what);
          ABORT = true;
          what += ". Build with -sASSERTIONS for more info.";
          var e = new WebAssembly.RuntimeError(what);
          throw e;
        }
        var wasmBinaryFile;
        function findWasmBinary() {
          return locateFile("libpg-query.wasm");
        }
        function getBinarySync(file) {
          if (readBinary) {
            return readBinary(file);
          }
          throw "both async and sync fetching of the wasm failed";
        }
        async function getWasmBinary(binaryFile) {
          if (!wasmBinary) {
            try {
              var response = await readAsync(binaryFile);
              return new Uint8Array(response);
            } catch {
            }
          }
          return getBinarySync(binaryFile);
        }
        async function instantiateArrayBuffer(binaryFile, imports) {
          try {
            var binary = await getWasmBinary(binaryFile);
            var instance = await WebAssembly.instantiate(binary, imports);
            return instance;
          } catch (reason) {
            err(`failed to asynchronously prepare wasm: ${reason}`);
            abort(reason);
          }
        }
        async function instantiateAsync(binary, binaryFile, imports) {
          if (!binary && !ENVIRONMENT_IS_NODE) {
            try {
              var response = fetch(binaryFile, { credentials: "same-origin" });
              var instantiationResult = await WebAssembly.instantiateStreaming(response, imports);
              return instantiationResult;
            } catch (reason) {
              err(`wasm streaming compile failed: ${reason}`);
              err("falling back to ArrayBuffer instantiation");
            }
          }
          return instantiateArrayBuffer(binaryFile, imports);
        }
        function getWasmImports() {
          var imports = { a: wasmImports };
          return imports;
        }
        async function createWasm() {
          function receiveInstance(instance) {
            wasmExports = instance.exports;
            assignWasmExports(wasmExports);
            updateMemoryViews();
            return wasmExports;
          }
          function receiveInstantiationResult(result2) {
            return receiveInstance(result2["instance"]);
          }
          var info = getWasmImports();
          var instantiateWasm = Module["instantiateWasm"];
          if (instantiateWasm) {
            return new Promise((resolve) => {
              instantiateWasm(info, (inst) => resolve(receiveInstance(inst)));
            });
          }
          wasmBinaryFile ??= findWasmBinary();
          var result = await instantiateAsync(wasmBinary, wasmBinaryFile, info);
          var exports2 = receiveInstantiationResult(result);
          return exports2;
        }
        class ExitStatus {
          name = "ExitStatus";
          constructor(status) {
            this.message = `Program terminated with exit(${status})`;
            this.status = status;
          }
        }
        var HEAP16;
        var HEAP32;
        var HEAP64;
        var HEAP8;
        var HEAPF32;
        var HEAPF64;
        var HEAPU16;
        var HEAPU32;
        var HEAPU64;
        var HEAPU8;
        var callRuntimeCallbacks = (callbacks) => {
          while (callbacks.length > 0) {
            callbacks.shift()(Module);
          }
        };
        var onPostRuns = [];
        var onPreRuns = [];
        function getValue(ptr, type = "i8") {
          if (type.endsWith("*")) type = "*";
          switch (type) {
            case "i1":
              return HEAP8[ptr];
            case "i8":
              return HEAP8[ptr];
            case "i16":
              return HEAP16[ptr >> 1];
            case "i32":
              return HEAP32[ptr >> 2];
            case "i64":
              return HEAP64[ptr >> 3];
            case "float":
              return HEAPF32[ptr >> 2];
            case "double":
              return HEAPF64[ptr >> 3];
            case "*":
              return HEAPU32[ptr >> 2];
            default:
              abort(`invalid type for getValue: ${type}`);
          }
        }
        var noExitRuntime = true;
        var stackRestore = (val) => __emscripten_stack_restore(val);
        var stackSave = () => _emscripten_stack_get_current();
        var UTF8Decoder = globalThis.TextDecoder && new TextDecoder();
        var findStringEnd = (heapOrArray, idx, maxBytesToRead, ignoreNul) => {
          var maxIdx = idx + maxBytesToRead;
          if (ignoreNul) return maxIdx;
          while (heapOrArray[idx] && !(idx >= maxIdx)) ++idx;
          return idx;
        };
        var UTF8ArrayToString = (heapOrArray, idx = 0, maxBytesToRead, ignoreNul) => {
          var endPtr = findStringEnd(heapOrArray, idx, maxBytesToRead, ignoreNul);
          if (endPtr - idx > 16 && heapOrArray.buffer && UTF8Decoder) {
            return UTF8Decoder.decode(heapOrArray.subarray(idx, endPtr));
          }
          var str = "";
          while (idx < endPtr) {
            var u0 = heapOrArray[idx++];
            if (!(u0 & 128)) {
              str += String.fromCharCode(u0);
              continue;
            }
            var u1 = heapOrArray[idx++] & 63;
            if ((u0 & 224) == 192) {
              str += String.fromCharCode((u0 & 31) << 6 | u1);
              continue;
            }
            var u2 = heapOrArray[idx++] & 63;
            if ((u0 & 240) == 224) {
              u0 = (u0 & 15) << 12 | u1 << 6 | u2;
            } else {
              u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | heapOrArray[idx++] & 63;
            }
            if (u0 < 65536) {
              str += String.fromCharCode(u0);
            } else {
              var ch = u0 - 65536;
              str += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
            }
          }
          return str;
        };
        var UTF8ToString = (ptr, maxBytesToRead, ignoreNul) => ptr ? UTF8ArrayToString(HEAPU8, ptr, maxBytesToRead, ignoreNul) : "";
        var ___assert_fail = (condition, filename, line, func) => abort(`Assertion failed: ${UTF8ToString(condition)}, at: ` + [filename ? UTF8ToString(filename) : "unknown filename", line, func ? UTF8ToString(func) : "unknown function"]);
        var __abort_js = () => abort("");
        var runtimeKeepaliveCounter = 0;
        var __emscripten_runtime_keepalive_clear = () => {
          noExitRuntime = false;
          runtimeKeepaliveCounter = 0;
        };
        var __emscripten_throw_longjmp = () => {
          throw new EmscriptenSjLj();
        };
        var timers = {};
        var handleException = (e) => {
          if (e instanceof ExitStatus || e == "unwind") {
            return EXITSTATUS;
          }
          quit_(1, e);
        };
        var keepRuntimeAlive = () => noExitRuntime || runtimeKeepaliveCounter > 0;
        var _proc_exit = (code2) => {
          EXITSTATUS = code2;
          if (!keepRuntimeAlive()) {
            Module["onExit"]?.(code2);
            ABORT = true;
          }
          quit_(code2, new ExitStatus(code2));
        };
        var exitJS = (status, implicit) => {
          EXITSTATUS = status;
          _proc_exit(status);
        };
        var _exit = exitJS;
        var maybeExit = () => {
          if (!keepRuntimeAlive()) {
            try {
              _exit(EXITSTATUS);
            } catch (e) {
              handleException(e);
            }
          }
        };
        var callUserCallback = (func) => {
          if (ABORT) {
            return;
          }
          try {
            return func();
          } catch (e) {
            handleException(e);
          } finally {
            maybeExit();
          }
        };
        var _emscripten_get_now = () => performance.now();
        var __setitimer_js = (which, timeout_ms) => {
          if (timers[which]) {
            clearTimeout(timers[which].id);
            delete timers[which];
          }
          if (!timeout_ms) return 0;
          var id = setTimeout(() => {
            delete timers[which];
            callUserCallback(() => __emscripten_timeout(which, _emscripten_get_now()));
          }, timeout_ms);
          timers[which] = { id, timeout_ms };
          return 0;
        };
        var getHeapMax = () => 1073741824;
        var alignMemory = (size, alignment) => Math.ceil(size / alignment) * alignment;
        var growMemory = (size) => {
          var oldHeapSize = wasmMemory.buffer.byteLength;
          var pages = (size - oldHeapSize + 65535) / 65536 | 0;
          try {
            wasmMemory.grow(pages);
            updateMemoryViews();
            return 1;
          } catch (e) {
          }
        };
        var _emscripten_resize_heap = (requestedSize) => {
          var oldSize = HEAPU8.length;
          requestedSize >>>= 0;
          var maxHeapSize = getHeapMax();
          if (requestedSize > maxHeapSize) {
            return false;
          }
          for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
            var overGrownHeapSize = oldSize * (1 + 0.2 / cutDown);
            overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
            var newSize = Math.min(maxHeapSize, alignMemory(Math.max(requestedSize, overGrownHeapSize), 65536));
            var replacement = growMemory(newSize);
            if (replacement) {
              return true;
            }
          }
          return false;
        };
        var PATH = { isAbs: (path5) => path5.charAt(0) === "/", splitPath: (filename) => {
          var splitPathRe = /^(\/?|)([\s\S]*?)((?:\.{1,2}|[^\/]+?|)(\.[^.\/]*|))(?:[\/]*)$/;
          return splitPathRe.exec(filename).slice(1);
        }, normalizeArray: (parts, allowAboveRoot) => {
          var up = 0;
          for (var i = parts.length - 1; i >= 0; i--) {
            var last = parts[i];
            if (last === ".") {
              parts.splice(i, 1);
            } else if (last === "..") {
              parts.splice(i, 1);
              up++;
            } else if (up) {
              parts.splice(i, 1);
              up--;
            }
          }
          if (allowAboveRoot) {
            for (; up; up--) {
              parts.unshift("..");
            }
          }
          return parts;
        }, normalize: (path5) => {
          var isAbsolute = PATH.isAbs(path5), trailingSlash = path5.slice(-1) === "/";
          path5 = PATH.normalizeArray(path5.split("/").filter((p) => !!p), !isAbsolute).join("/");
          if (!path5 && !isAbsolute) {
            path5 = ".";
          }
          if (path5 && trailingSlash) {
            path5 += "/";
          }
          return (isAbsolute ? "/" : "") + path5;
        }, dirname: (path5) => {
          var result = PATH.splitPath(path5), root = result[0], dir = result[1];
          if (!root && !dir) {
            return ".";
          }
          if (dir) {
            dir = dir.slice(0, -1);
          }
          return root + dir;
        }, basename: (path5) => path5 && path5.match(/([^\/]+|\/)\/*$/)[1], join: (...paths) => PATH.normalize(paths.join("/")), join2: (l, r) => PATH.normalize(l + "/" + r) };
        var initRandomFill = () => {
          if (ENVIRONMENT_IS_NODE) {
            var nodeCrypto = __require("node:crypto");
            return (view) => (nodeCrypto.randomFillSync(view), 0);
          }
          return (view) => (crypto.getRandomValues(view), 0);
        };
        var randomFill = (view) => (randomFill = initRandomFill())(view);
        var PATH_FS = { resolve: (...args) => {
          var resolvedPath = "", resolvedAbsolute = false;
          for (var i = args.length - 1; i >= -1 && !resolvedAbsolute; i--) {
            var path5 = i >= 0 ? args[i] : FS.cwd();
            if (typeof path5 != "string") {
              throw new TypeError("Arguments to path.resolve must be strings");
            } else if (!path5) {
              return "";
            }
            resolvedPath = path5 + "/" + resolvedPath;
            resolvedAbsolute = PATH.isAbs(path5);
          }
          resolvedPath = PATH.normalizeArray(resolvedPath.split("/").filter((p) => !!p), !resolvedAbsolute).join("/");
          return (resolvedAbsolute ? "/" : "") + resolvedPath || ".";
        }, relative: (from, to) => {
          from = PATH_FS.resolve(from).slice(1);
          to = PATH_FS.resolve(to).slice(1);
          function trim(arr) {
            var start = 0;
            for (; start < arr.length; start++) {
              if (arr[start] !== "") break;
            }
            var end = arr.length - 1;
            for (; end >= 0; end--) {
              if (arr[end] !== "") break;
            }
            if (start > end) return [];
            return arr.slice(start, end - start + 1);
          }
          var fromParts = trim(from.split("/"));
          var toParts = trim(to.split("/"));
          var length = Math.min(fromParts.length, toParts.length);
          var samePartsLength = length;
          for (var i = 0; i < length; i++) {
            if (fromParts[i] !== toParts[i]) {
              samePartsLength = i;
              break;
            }
          }
          var outputParts = [];
          for (var i = samePartsLength; i < fromParts.length; i++) {
            outputParts.push("..");
          }
          outputParts = outputParts.concat(toParts.slice(samePartsLength));
          return outputParts.join("/");
        } };
        var FS_stdin_getChar_buffer = [];
        var lengthBytesUTF8 = (str) => {
          var len = 0;
          for (var i = 0; i < str.length; ++i) {
            var c = str.charCodeAt(i);
            if (c <= 127) {
              len++;
            } else if (c <= 2047) {
              len += 2;
            } else if (c >= 55296 && c <= 57343) {
              len += 4;
              ++i;
            } else {
              len += 3;
            }
          }
          return len;
        };
        var stringToUTF8Array = (str, heap, outIdx, maxBytesToWrite) => {
          if (!(maxBytesToWrite > 0)) return 0;
          var startIdx = outIdx;
          var endIdx = outIdx + maxBytesToWrite - 1;
          for (var i = 0; i < str.length; ++i) {
            var u = str.codePointAt(i);
            if (u <= 127) {
              if (outIdx >= endIdx) break;
              heap[outIdx++] = u;
            } else if (u <= 2047) {
              if (outIdx + 1 >= endIdx) break;
              heap[outIdx++] = 192 | u >> 6;
              heap[outIdx++] = 128 | u & 63;
            } else if (u <= 65535) {
              if (outIdx + 2 >= endIdx) break;
              heap[outIdx++] = 224 | u >> 12;
              heap[outIdx++] = 128 | u >> 6 & 63;
              heap[outIdx++] = 128 | u & 63;
            } else {
              if (outIdx + 3 >= endIdx) break;
              heap[outIdx++] = 240 | u >> 18;
              heap[outIdx++] = 128 | u >> 12 & 63;
              heap[outIdx++] = 128 | u >> 6 & 63;
              heap[outIdx++] = 128 | u & 63;
              i++;
            }
          }
          heap[outIdx] = 0;
          return outIdx - startIdx;
        };
        var intArrayFromString = (stringy, dontAddNull, length) => {
          var len = length > 0 ? length : lengthBytesUTF8(stringy) + 1;
          var u8array = new Array(len);
          var numBytesWritten = stringToUTF8Array(stringy, u8array, 0, u8array.length);
          if (dontAddNull) u8array.length = numBytesWritten;
          return u8array;
        };
        var FS_stdin_getChar = () => {
          if (!FS_stdin_getChar_buffer.length) {
            var result = null;
            if (ENVIRONMENT_IS_NODE) {
              var BUFSIZE = 256;
              var buf = Buffer.alloc(BUFSIZE);
              var bytesRead = 0;
              var fd = process.stdin.fd;
              try {
                bytesRead = fs.readSync(fd, buf, 0, BUFSIZE);
              } catch (e) {
                if (e.toString().includes("EOF")) bytesRead = 0;
                else throw e;
              }
              if (bytesRead > 0) {
                result = buf.slice(0, bytesRead).toString("utf-8");
              }
            } else if (globalThis.window?.prompt) {
              result = window.prompt("Input: ");
              if (result !== null) {
                result += "\n";
              }
            } else {
            }
            if (!result) {
              return null;
            }
            FS_stdin_getChar_buffer = intArrayFromString(result, true);
          }
          return FS_stdin_getChar_buffer.shift();
        };
        var TTY = { ttys: [], init() {
        }, shutdown() {
        }, register(dev, ops) {
          TTY.ttys[dev] = { input: [], output: [], ops };
          FS.registerDevice(dev, TTY.stream_ops);
        }, stream_ops: { open(stream) {
          var tty = TTY.ttys[stream.node.rdev];
          if (!tty) {
            throw new FS.ErrnoError(43);
          }
          stream.tty = tty;
          stream.seekable = false;
        }, close(stream) {
          stream.tty.ops.fsync(stream.tty);
        }, fsync(stream) {
          stream.tty.ops.fsync(stream.tty);
        }, read(stream, buffer, offset, length, pos) {
          if (!stream.tty || !stream.tty.ops.get_char) {
            throw new FS.ErrnoError(60);
          }
          var bytesRead = 0;
          for (var i = 0; i < length; i++) {
            var result;
            try {
              result = stream.tty.ops.get_char(stream.tty);
            } catch (e) {
              throw new FS.ErrnoError(29);
            }
            if (result === void 0 && bytesRead === 0) {
              throw new FS.ErrnoError(6);
            }
            if (result === null || result === void 0) break;
            bytesRead++;
            buffer[offset + i] = result;
          }
          if (bytesRead) {
            stream.node.atime = Date.now();
          }
          return bytesRead;
        }, write(stream, buffer, offset, length, pos) {
          if (!stream.tty || !stream.tty.ops.put_char) {
            throw new FS.ErrnoError(60);
          }
          try {
            for (var i = 0; i < length; i++) {
              stream.tty.ops.put_char(stream.tty, buffer[offset + i]);
            }
          } catch (e) {
            throw new FS.ErrnoError(29);
          }
          if (length) {
            stream.node.mtime = stream.node.ctime = Date.now();
          }
          return i;
        } }, default_tty_ops: { get_char(tty) {
          return FS_stdin_getChar();
        }, put_char(tty, val) {
          if (val === null || val === 10) {
            out(UTF8ArrayToString(tty.output));
            tty.output = [];
          } else {
            if (val != 0) tty.output.push(val);
          }
        }, fsync(tty) {
          if (tty.output?.length > 0) {
            out(UTF8ArrayToString(tty.output));
            tty.output = [];
          }
        }, ioctl_tcgets(tty) {
          return { c_iflag: 25856, c_oflag: 5, c_cflag: 191, c_lflag: 35387, c_cc: [3, 28, 127, 21, 4, 0, 1, 0, 17, 19, 26, 0, 18, 15, 23, 22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] };
        }, ioctl_tcsets(tty, optional_actions, data) {
          return 0;
        }, ioctl_tiocgwinsz(tty) {
          return [24, 80];
        } }, default_tty1_ops: { put_char(tty, val) {
          if (val === null || val === 10) {
            err(UTF8ArrayToString(tty.output));
            tty.output = [];
          } else {
            if (val != 0) tty.output.push(val);
          }
        }, fsync(tty) {
          if (tty.output?.length > 0) {
            err(UTF8ArrayToString(tty.output));
            tty.output = [];
          }
        } } };
        var mmapAlloc = (size) => {
          abort();
        };
        var MEMFS = { ops_table: null, mount(mount) {
          return MEMFS.createNode(null, "/", 16895, 0);
        }, createNode(parent, name, mode, dev) {
          if (FS.isBlkdev(mode) || FS.isFIFO(mode)) {
            throw new FS.ErrnoError(63);
          }
          MEMFS.ops_table ||= { dir: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr, lookup: MEMFS.node_ops.lookup, mknod: MEMFS.node_ops.mknod, rename: MEMFS.node_ops.rename, unlink: MEMFS.node_ops.unlink, rmdir: MEMFS.node_ops.rmdir, readdir: MEMFS.node_ops.readdir, symlink: MEMFS.node_ops.symlink }, stream: { llseek: MEMFS.stream_ops.llseek } }, file: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr }, stream: { llseek: MEMFS.stream_ops.llseek, read: MEMFS.stream_ops.read, write: MEMFS.stream_ops.write, mmap: MEMFS.stream_ops.mmap, msync: MEMFS.stream_ops.msync } }, link: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr, readlink: MEMFS.node_ops.readlink }, stream: {} }, chrdev: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr }, stream: FS.chrdev_stream_ops } };
          var node = FS.createNode(parent, name, mode, dev);
          if (FS.isDir(node.mode)) {
            node.node_ops = MEMFS.ops_table.dir.node;
            node.stream_ops = MEMFS.ops_table.dir.stream;
            node.contents = {};
          } else if (FS.isFile(node.mode)) {
            node.node_ops = MEMFS.ops_table.file.node;
            node.stream_ops = MEMFS.ops_table.file.stream;
            node.usedBytes = 0;
            node.contents = MEMFS.emptyFileContents ??= new Uint8Array(0);
          } else if (FS.isLink(node.mode)) {
            node.node_ops = MEMFS.ops_table.link.node;
            node.stream_ops = MEMFS.ops_table.link.stream;
          } else if (FS.isChrdev(node.mode)) {
            node.node_ops = MEMFS.ops_table.chrdev.node;
            node.stream_ops = MEMFS.ops_table.chrdev.stream;
          }
          node.atime = node.mtime = node.ctime = Date.now();
          if (parent) {
            parent.contents[name] = node;
            parent.atime = parent.mtime = parent.ctime = node.atime;
          }
          return node;
        }, getFileDataAsTypedArray(node) {
          return node.contents.subarray(0, node.usedBytes);
        }, expandFileStorage(node, newCapacity) {
          var prevCapacity = node.contents.length;
          if (prevCapacity >= newCapacity) return;
          var CAPACITY_DOUBLING_MAX = 1024 * 1024;
          newCapacity = Math.max(newCapacity, prevCapacity * (prevCapacity < CAPACITY_DOUBLING_MAX ? 2 : 1.125) >>> 0);
          if (prevCapacity) newCapacity = Math.max(newCapacity, 256);
          var oldContents = MEMFS.getFileDataAsTypedArray(node);
          node.contents = new Uint8Array(newCapacity);
          node.contents.set(oldContents);
        }, resizeFileStorage(node, newSize) {
          if (node.usedBytes == newSize) return;
          var oldContents = node.contents;
          node.contents = new Uint8Array(newSize);
          node.contents.set(oldContents.subarray(0, Math.min(newSize, node.usedBytes)));
          node.usedBytes = newSize;
        }, node_ops: { getattr(node) {
          var attr = {};
          attr.dev = FS.isChrdev(node.mode) ? node.id : 1;
          attr.ino = node.id;
          attr.mode = node.mode;
          attr.nlink = 1;
          attr.uid = 0;
          attr.gid = 0;
          attr.rdev = node.rdev;
          if (FS.isDir(node.mode)) {
            attr.size = 4096;
          } else if (FS.isFile(node.mode)) {
            attr.size = node.usedBytes;
          } else if (FS.isLink(node.mode)) {
            attr.size = node.link.length;
          } else {
            attr.size = 0;
          }
          attr.atime = new Date(node.atime);
          attr.mtime = new Date(node.mtime);
          attr.ctime = new Date(node.ctime);
          attr.blksize = 4096;
          attr.blocks = Math.ceil(attr.size / attr.blksize);
          return attr;
        }, setattr(node, attr) {
          for (const key of ["mode", "atime", "mtime", "ctime"]) {
            if (attr[key] != null) {
              node[key] = attr[key];
            }
          }
          if (attr.size !== void 0) {
            MEMFS.resizeFileStorage(node, attr.size);
          }
        }, lookup(parent, name) {
          if (!MEMFS.doesNotExistError) {
            MEMFS.doesNotExistError = new FS.ErrnoError(44);
            MEMFS.doesNotExistError.stack = "<generic error, no stack>";
          }
          throw MEMFS.doesNotExistError;
        }, mknod(parent, name, mode, dev) {
          return MEMFS.createNode(parent, name, mode, dev);
        }, rename(old_node, new_dir, new_name) {
          var new_node;
          try {
            new_node = FS.lookupNode(new_dir, new_name);
          } catch (e) {
          }
          if (new_node) {
            if (FS.isDir(old_node.mode)) {
              for (var i in new_node.contents) {
                throw new FS.ErrnoError(55);
              }
            }
            FS.hashRemoveNode(new_node);
          }
          delete old_node.parent.contents[old_node.name];
          new_dir.contents[new_name] = old_node;
          old_node.name = new_name;
          new_dir.ctime = new_dir.mtime = old_node.parent.ctime = old_node.parent.mtime = Date.now();
        }, unlink(parent, name) {
          delete parent.contents[name];
          parent.ctime = parent.mtime = Date.now();
        }, rmdir(parent, name) {
          var node = FS.lookupNode(parent, name);
          for (var i in node.contents) {
            throw new FS.ErrnoError(55);
          }
          delete parent.contents[name];
          parent.ctime = parent.mtime = Date.now();
        }, readdir(node) {
          return [".", "..", ...Object.keys(node.contents)];
        }, symlink(parent, newname, oldpath) {
          var node = MEMFS.createNode(parent, newname, 511 | 40960, 0);
          node.link = oldpath;
          return node;
        }, readlink(node) {
          if (!FS.isLink(node.mode)) {
            throw new FS.ErrnoError(28);
          }
          return node.link;
        } }, stream_ops: { read(stream, buffer, offset, length, position) {
          var contents = stream.node.contents;
          if (position >= stream.node.usedBytes) return 0;
          var size = Math.min(stream.node.usedBytes - position, length);
          buffer.set(contents.subarray(position, position + size), offset);
          return size;
        }, write(stream, buffer, offset, length, position, canOwn) {
          if (buffer.buffer === HEAP8.buffer) {
            canOwn = false;
          }
          if (!length) return 0;
          var node = stream.node;
          node.mtime = node.ctime = Date.now();
          if (canOwn) {
            node.contents = buffer.subarray(offset, offset + length);
            node.usedBytes = length;
          } else if (node.usedBytes === 0 && position === 0) {
            node.contents = buffer.slice(offset, offset + length);
            node.usedBytes = length;
          } else {
            MEMFS.expandFileStorage(node, position + length);
            node.contents.set(buffer.subarray(offset, offset + length), position);
            node.usedBytes = Math.max(node.usedBytes, position + length);
          }
          return length;
        }, llseek(stream, offset, whence) {
          var position = offset;
          if (whence === 1) {
            position += stream.position;
          } else if (whence === 2) {
            if (FS.isFile(stream.node.mode)) {
              position += stream.node.usedBytes;
            }
          }
          if (position < 0) {
            throw new FS.ErrnoError(28);
          }
          return position;
        }, mmap(stream, length, position, prot, flags) {
          if (!FS.isFile(stream.node.mode)) {
            throw new FS.ErrnoError(43);
          }
          var ptr;
          var allocated;
          var contents = stream.node.contents;
          if (!(flags & 2) && contents.buffer === HEAP8.buffer) {
            allocated = false;
            ptr = contents.byteOffset;
          } else {
            allocated = true;
            ptr = mmapAlloc(length);
            if (!ptr) {
              throw new FS.ErrnoError(48);
            }
            if (contents) {
              if (position > 0 || position + length < contents.length) {
                if (contents.subarray) {
                  contents = contents.subarray(position, position + length);
                } else {
                  contents = Array.prototype.slice.call(contents, position, position + length);
                }
              }
              HEAP8.set(contents, ptr);
            }
          }
          return { ptr, allocated };
        }, msync(stream, buffer, offset, length, mmapFlags) {
          MEMFS.stream_ops.write(stream, buffer, 0, length, offset, false);
          return 0;
        } } };
        var FS_modeStringToFlags = (str) => {
          if (typeof str != "string") return str;
          var flagModes = { r: 0, "r+": 2, w: 512 | 64 | 1, "w+": 512 | 64 | 2, a: 1024 | 64 | 1, "a+": 1024 | 64 | 2 };
          var flags = flagModes[str];
          if (typeof flags == "undefined") {
            throw new Error(`Unknown file open mode: ${str}`);
          }
          return flags;
        };
        var FS_fileDataToTypedArray = (data) => {
          if (typeof data == "string") {
            data = intArrayFromString(data, true);
          }
          if (!data.subarray) {
            data = new Uint8Array(data);
          }
          return data;
        };
        var FS_getMode = (canRead, canWrite) => {
          var mode = 0;
          if (canRead) mode |= 292 | 73;
          if (canWrite) mode |= 146;
          return mode;
        };
        var asyncLoad = async (url) => {
          var arrayBuffer = await readAsync(url);
          return new Uint8Array(arrayBuffer);
        };
        var FS_createDataFile = (...args) => FS.createDataFile(...args);
        var getUniqueRunDependency = (id) => id;
        var dependenciesPromise = null;
        var resolveRunDependencies = async () => dependenciesPromise;
        var runDependencies = 0;
        var dependenciesPromiseResolve = null;
        var removeRunDependency = (id) => {
          runDependencies--;
          Module["monitorRunDependencies"]?.(runDependencies);
          if (!runDependencies) {
            dependenciesPromiseResolve();
          }
        };
        var addRunDependency = (id) => {
          if (!runDependencies) {
            dependenciesPromise = new Promise((resolve) => dependenciesPromiseResolve = resolve);
          }
          runDependencies++;
          Module["monitorRunDependencies"]?.(runDependencies);
        };
        var preloadPlugins = [];
        var FS_handledByPreloadPlugin = async (byteArray, fullname) => {
          if (typeof Browser != "undefined") Browser.init();
          for (var plugin of preloadPlugins) {
            if (plugin["canHandle"](fullname)) {
              return plugin["handle"](byteArray, fullname);
            }
          }
          return byteArray;
        };
        var FS_preloadFile = async (parent, name, url, canRead, canWrite, dontCreateFile, canOwn, preFinish) => {
          var fullname = name ? PATH_FS.resolve(PATH.join2(parent, name)) : parent;
          var dep = getUniqueRunDependency(`cp ${fullname}`);
          addRunDependency(dep);
          try {
            var byteArray = url;
            if (typeof url == "string") {
              byteArray = await asyncLoad(url);
            }
            byteArray = await FS_handledByPreloadPlugin(byteArray, fullname);
            preFinish?.();
            if (!dontCreateFile) {
              FS_createDataFile(parent, name, byteArray, canRead, canWrite, canOwn);
            }
          } finally {
            removeRunDependency(dep);
          }
        };
        var FS_createPreloadedFile = (parent, name, url, canRead, canWrite, onload, onerror, dontCreateFile, canOwn, preFinish) => {
          FS_preloadFile(parent, name, url, canRead, canWrite, dontCreateFile, canOwn, preFinish).then(onload).catch(onerror);
        };
        var FS = { root: null, mounts: [], devices: {}, streams: [], nextInode: 1, nameTable: null, currentPath: "/", initialized: false, ignorePermissions: true, filesystems: null, syncFSRequests: 0, ErrnoError: class {
          name = "ErrnoError";
          constructor(errno) {
            this.errno = errno;
          }
        }, FSStream: class {
          shared = {};
          get object() {
            return this.node;
          }
          set object(val) {
            this.node = val;
          }
          get isRead() {
            return (this.flags & 2097155) !== 1;
          }
          get isWrite() {
            return (this.flags & 2097155) !== 0;
          }
          get isAppend() {
            return this.flags & 1024;
          }
          get flags() {
            return this.shared.flags;
          }
          set flags(val) {
            this.shared.flags = val;
          }
          get position() {
            return this.shared.position;
          }
          set position(val) {
            this.shared.position = val;
          }
        }, FSNode: class {
          node_ops = {};
          stream_ops = {};
          readMode = 292 | 73;
          writeMode = 146;
          mounted = null;
          constructor(parent, name, mode, rdev) {
            if (!parent) {
              parent = this;
            }
            this.parent = parent;
            this.mount = parent.mount;
            this.id = FS.nextInode++;
            this.name = name;
            this.mode = mode;
            this.rdev = rdev;
            this.atime = this.mtime = this.ctime = Date.now();
          }
          get read() {
            return (this.mode & this.readMode) === this.readMode;
          }
          set read(val) {
            val ? this.mode |= this.readMode : this.mode &= ~this.readMode;
          }
          get write() {
            return (this.mode & this.writeMode) === this.writeMode;
          }
          set write(val) {
            val ? this.mode |= this.writeMode : this.mode &= ~this.writeMode;
          }
          get isFolder() {
            return FS.isDir(this.mode);
          }
          get isDevice() {
            return FS.isChrdev(this.mode);
          }
          addListener(cb, exclusive = false) {
            var entry = { cb, exclusive };
            var listeners = this.listeners ??= /* @__PURE__ */ new Set();
            listeners.add(entry);
            return { listeners, entry };
          }
          notifyListeners(flags) {
            if (!this.listeners) return;
            var excl;
            for (var entry of this.listeners) {
              if (entry.exclusive) (excl ||= []).push(entry);
              else entry.cb(flags);
            }
            if (excl) {
              var i = (this.exclTurn || 0) % excl.length;
              this.exclTurn = i + 1;
              excl[i].cb(flags);
            }
          }
        }, lookupPath(path5, opts = {}) {
          if (!path5) {
            throw new FS.ErrnoError(44);
          }
          opts.follow_mount ??= true;
          if (!PATH.isAbs(path5)) {
            path5 = FS.cwd() + "/" + path5;
          }
          linkloop: for (var nlinks = 0; nlinks < 40; nlinks++) {
            var parts = path5.split("/").filter((p) => !!p);
            var current = FS.root;
            var current_path = "/";
            for (var i = 0; i < parts.length; i++) {
              var islast = i === parts.length - 1;
              if (islast && opts.parent) {
                break;
              }
              if (parts[i] === ".") {
                continue;
              }
              if (parts[i] === "..") {
                current_path = PATH.dirname(current_path);
                if (FS.isRoot(current)) {
                  path5 = current_path + "/" + parts.slice(i + 1).join("/");
                  nlinks--;
                  continue linkloop;
                } else {
                  current = current.parent;
                }
                continue;
              }
              current_path = PATH.join2(current_path, parts[i]);
              try {
                current = FS.lookupNode(current, parts[i]);
              } catch (e) {
                if (e?.errno === 44 && islast && opts.noent_okay) {
                  return { path: current_path };
                }
                throw e;
              }
              if (FS.isMountpoint(current) && (!islast || opts.follow_mount)) {
                current = current.mounted.root;
              }
              if (FS.isLink(current.mode) && (!islast || opts.follow)) {
                if (!current.node_ops.readlink) {
                  throw new FS.ErrnoError(52);
                }
                var link = current.node_ops.readlink(current);
                if (!PATH.isAbs(link)) {
                  link = PATH.dirname(current_path) + "/" + link;
                }
                path5 = link + "/" + parts.slice(i + 1).join("/");
                continue linkloop;
              }
            }
            return { path: current_path, node: current };
          }
          throw new FS.ErrnoError(32);
        }, getPath(node) {
          var path5;
          while (true) {
            if (FS.isRoot(node)) {
              var mount = node.mount.mountpoint;
              if (!path5) return mount;
              return mount[mount.length - 1] !== "/" ? `${mount}/${path5}` : mount + path5;
            }
            path5 = path5 ? `${node.name}/${path5}` : node.name;
            node = node.parent;
          }
        }, hashName(parentid, name) {
          var hash = 0;
          for (var i = 0; i < name.length; i++) {
            hash = (hash << 5) - hash + name.charCodeAt(i) | 0;
          }
          return (parentid + hash >>> 0) % FS.nameTable.length;
        }, hashAddNode(node) {
          var hash = FS.hashName(node.parent.id, node.name);
          node.name_next = FS.nameTable[hash];
          FS.nameTable[hash] = node;
        }, hashRemoveNode(node) {
          var hash = FS.hashName(node.parent.id, node.name);
          if (FS.nameTable[hash] === node) {
            FS.nameTable[hash] = node.name_next;
          } else {
            var current = FS.nameTable[hash];
            while (current) {
              if (current.name_next === node) {
                current.name_next = node.name_next;
                break;
              }
              current = current.name_next;
            }
          }
        }, lookupNode(parent, name) {
          var errCode = FS.mayLookup(parent);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          var hash = FS.hashName(parent.id, name);
          for (var node = FS.nameTable[hash]; node; node = node.name_next) {
            var nodeName = node.name;
            if (node.parent.id === parent.id && nodeName === name) {
              return node;
            }
          }
          return FS.lookup(parent, name);
        }, createNode(parent, name, mode, rdev) {
          var node = new FS.FSNode(parent, name, mode, rdev);
          FS.hashAddNode(node);
          return node;
        }, destroyNode(node) {
          FS.hashRemoveNode(node);
        }, isRoot(node) {
          return node === node.parent;
        }, isMountpoint(node) {
          return !!node.mounted;
        }, isFile(mode) {
          return (mode & 61440) === 32768;
        }, isDir(mode) {
          return (mode & 61440) === 16384;
        }, isLink(mode) {
          return (mode & 61440) === 40960;
        }, isChrdev(mode) {
          return (mode & 61440) === 8192;
        }, isBlkdev(mode) {
          return (mode & 61440) === 24576;
        }, isFIFO(mode) {
          return (mode & 61440) === 4096;
        }, isSocket(mode) {
          return (mode & 49152) === 49152;
        }, flagsToPermissionString(flag) {
          var perms = ["r", "w", "rw"][flag & 3];
          if (flag & 512) {
            perms += "w";
          }
          return perms;
        }, nodePermissions(node, perms) {
          if (FS.ignorePermissions) {
            return 0;
          }
          if (perms.includes("r") && !(node.mode & 292)) {
            return 2;
          }
          if (perms.includes("w") && !(node.mode & 146)) {
            return 2;
          }
          if (perms.includes("x") && !(node.mode & 73)) {
            return 2;
          }
          return 0;
        }, mayLookup(dir) {
          if (!FS.isDir(dir.mode)) return 54;
          var errCode = FS.nodePermissions(dir, "x");
          if (errCode) return errCode;
          if (!dir.node_ops.lookup) return 2;
          return 0;
        }, mayCreate(dir, name) {
          if (!FS.isDir(dir.mode)) {
            return 54;
          }
          try {
            var node = FS.lookupNode(dir, name);
            return 20;
          } catch (e) {
          }
          return FS.nodePermissions(dir, "wx");
        }, mayDelete(dir, name, isdir) {
          var node;
          try {
            node = FS.lookupNode(dir, name);
          } catch (e) {
            return e.errno;
          }
          var errCode = FS.nodePermissions(dir, "wx");
          if (errCode) {
            return errCode;
          }
          if (isdir) {
            if (!FS.isDir(node.mode)) {
              return 54;
            }
            if (FS.isRoot(node) || FS.getPath(node) === FS.cwd()) {
              return 10;
            }
          } else if (FS.isDir(node.mode)) {
            return 31;
          }
          return 0;
        }, mayOpen(node, flags) {
          if (!node) {
            return 44;
          }
          if (FS.isLink(node.mode)) {
            return 32;
          }
          var mode = FS.flagsToPermissionString(flags);
          if (FS.isDir(node.mode)) {
            if (mode !== "r" || flags & (512 | 64)) {
              return 31;
            }
          }
          return FS.nodePermissions(node, mode);
        }, checkOpExists(op, err2) {
          if (!op) {
            throw new FS.ErrnoError(err2);
          }
          return op;
        }, MAX_OPEN_FDS: 4096, nextfd() {
          for (var fd = 0; fd <= FS.MAX_OPEN_FDS; fd++) {
            if (!FS.streams[fd]) {
              return fd;
            }
          }
          throw new FS.ErrnoError(33);
        }, getStreamChecked(fd) {
          var stream = FS.getStream(fd);
          if (!stream) {
            throw new FS.ErrnoError(8);
          }
          return stream;
        }, getStream: (fd) => FS.streams[fd], createStream(stream, fd = -1) {
          stream = Object.assign(new FS.FSStream(), stream);
          if (fd == -1) {
            fd = FS.nextfd();
          }
          stream.fd = fd;
          FS.streams[fd] = stream;
          return stream;
        }, closeStream(fd) {
          FS.streams[fd] = null;
        }, dupStream(origStream, fd = -1) {
          var stream = FS.createStream(origStream, fd);
          stream.stream_ops?.dup?.(stream);
          return stream;
        }, doSetAttr(stream, node, attr) {
          var setattr = stream?.stream_ops.setattr;
          var arg = setattr ? stream : node;
          setattr ??= node.node_ops.setattr;
          FS.checkOpExists(setattr, 63);
          try {
            setattr(arg, attr);
          } catch (e) {
            if (e instanceof RangeError) {
              throw new FS.ErrnoError(22);
            }
            throw e;
          }
        }, chrdev_stream_ops: { open(stream) {
          var device = FS.getDevice(stream.node.rdev);
          stream.stream_ops = device.stream_ops;
          stream.stream_ops.open?.(stream);
        }, llseek() {
          throw new FS.ErrnoError(70);
        } }, major: (dev) => dev >> 8, minor: (dev) => dev & 255, makedev: (ma, mi) => ma << 8 | mi, registerDevice(dev, ops) {
          FS.devices[dev] = { stream_ops: ops };
        }, getDevice: (dev) => FS.devices[dev], getMounts(mount) {
          var mounts = [];
          var check = [mount];
          while (check.length) {
            var m = check.pop();
            mounts.push(m);
            check.push(...m.mounts);
          }
          return mounts;
        }, syncfs(populate, callback) {
          if (typeof populate == "function") {
            callback = populate;
            populate = false;
          }
          FS.syncFSRequests++;
          if (FS.syncFSRequests > 1) {
            err(`warning: ${FS.syncFSRequests} FS.syncfs operations in flight at once, probably just doing extra work`);
          }
          var mounts = FS.getMounts(FS.root.mount);
          var completed = 0;
          function doCallback(errCode) {
            FS.syncFSRequests--;
            return callback(errCode);
          }
          function done(errCode) {
            if (errCode) {
              if (!done.errored) {
                done.errored = true;
                return doCallback(errCode);
              }
              return;
            }
            if (++completed >= mounts.length) {
              doCallback(null);
            }
          }
          for (var mount of mounts) {
            if (mount.type.syncfs) {
              mount.type.syncfs(mount, populate, done);
            } else {
              done(null);
            }
          }
        }, mount(type, opts, mountpoint) {
          var root = mountpoint === "/";
          var pseudo = !mountpoint;
          var node;
          if (root && FS.root) {
            throw new FS.ErrnoError(10);
          } else if (!root && !pseudo) {
            var lookup = FS.lookupPath(mountpoint, { follow_mount: false });
            mountpoint = lookup.path;
            node = lookup.node;
            if (FS.isMountpoint(node)) {
              throw new FS.ErrnoError(10);
            }
            if (!FS.isDir(node.mode)) {
              throw new FS.ErrnoError(54);
            }
          }
          var mount = { type, opts, mountpoint, mounts: [] };
          var mountRoot = type.mount(mount);
          mountRoot.mount = mount;
          mount.root = mountRoot;
          if (root) {
            FS.root = mountRoot;
          } else if (node) {
            node.mounted = mount;
            if (node.mount) {
              node.mount.mounts.push(mount);
            }
          }
          return mountRoot;
        }, unmount(mountpoint) {
          var lookup = FS.lookupPath(mountpoint, { follow_mount: false });
          if (!FS.isMountpoint(lookup.node)) {
            throw new FS.ErrnoError(28);
          }
          var node = lookup.node;
          var mount = node.mounted;
          var mounts = FS.getMounts(mount);
          for (var [hash, current] of Object.entries(FS.nameTable)) {
            while (current) {
              var next = current.name_next;
              if (mounts.includes(current.mount)) {
                FS.destroyNode(current);
              }
              current = next;
            }
          }
          node.mounted = null;
          var idx = node.mount.mounts.indexOf(mount);
          node.mount.mounts.splice(idx, 1);
        }, lookup(parent, name) {
          return parent.node_ops.lookup(parent, name);
        }, mknod(path5, mode, dev) {
          var lookup = FS.lookupPath(path5, { parent: true });
          var parent = lookup.node;
          var name = PATH.basename(path5);
          if (!name) {
            throw new FS.ErrnoError(28);
          }
          if (name === "." || name === "..") {
            throw new FS.ErrnoError(20);
          }
          var errCode = FS.mayCreate(parent, name);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          if (!parent.node_ops.mknod) {
            throw new FS.ErrnoError(63);
          }
          return parent.node_ops.mknod(parent, name, mode, dev);
        }, statfs(path5) {
          return FS.statfsNode(FS.lookupPath(path5, { follow: true }).node);
        }, statfsStream(stream) {
          return FS.statfsNode(stream.node);
        }, statfsNode(node) {
          var rtn = { bsize: 4096, frsize: 4096, blocks: 1e6, bfree: 5e5, bavail: 5e5, files: FS.nextInode, ffree: FS.nextInode - 1, fsid: 42, flags: 2, namelen: 255 };
          if (node.node_ops.statfs) {
            Object.assign(rtn, node.node_ops.statfs(node.mount.opts.root));
          }
          return rtn;
        }, create(path5, mode = 438) {
          mode &= 4095;
          mode |= 32768;
          return FS.mknod(path5, mode, 0);
        }, mkdir(path5, mode = 511) {
          mode &= 511 | 512;
          mode |= 16384;
          return FS.mknod(path5, mode, 0);
        }, mkdirTree(path5, mode) {
          var dirs = path5.split("/");
          var d = "";
          for (var dir of dirs) {
            if (!dir) continue;
            if (d || PATH.isAbs(path5)) d += "/";
            d += dir;
            try {
              FS.mkdir(d, mode);
            } catch (e) {
              if (e.errno != 20) throw e;
            }
          }
        }, mkdev(path5, mode, dev) {
          if (typeof dev == "undefined") {
            dev = mode;
            mode = 438;
          }
          mode |= 8192;
          return FS.mknod(path5, mode, dev);
        }, symlink(oldpath, newpath) {
          if (!PATH_FS.resolve(oldpath)) {
            throw new FS.ErrnoError(44);
          }
          var lookup = FS.lookupPath(newpath, { parent: true });
          var parent = lookup.node;
          if (!parent) {
            throw new FS.ErrnoError(44);
          }
          var newname = PATH.basename(newpath);
          var errCode = FS.mayCreate(parent, newname);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          if (!parent.node_ops.symlink) {
            throw new FS.ErrnoError(63);
          }
          return parent.node_ops.symlink(parent, newname, oldpath);
        }, link(oldpath, newpath, flags) {
          var lookup = FS.lookupPath(newpath, { parent: true });
          var parent = lookup.node;
          if (!parent) {
            throw new FS.ErrnoError(44);
          }
          var newname = PATH.basename(newpath);
          var errCode = FS.mayCreate(parent, newname);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          if (!parent.node_ops.link) {
            throw new FS.ErrnoError(34);
          }
          return parent.node_ops.link(parent, newname, oldpath, flags);
        }, rename(old_path, new_path) {
          var old_dirname = PATH.dirname(old_path);
          var new_dirname = PATH.dirname(new_path);
          var old_name = PATH.basename(old_path);
          var new_name = PATH.basename(new_path);
          var lookup, old_dir, new_dir;
          lookup = FS.lookupPath(old_path, { parent: true });
          old_dir = lookup.node;
          lookup = FS.lookupPath(new_path, { parent: true });
          new_dir = lookup.node;
          if (!old_dir || !new_dir) throw new FS.ErrnoError(44);
          if (old_dir.mount !== new_dir.mount) {
            throw new FS.ErrnoError(75);
          }
          var old_node = FS.lookupNode(old_dir, old_name);
          var relative = PATH_FS.relative(old_path, new_dirname);
          if (relative.charAt(0) !== ".") {
            throw new FS.ErrnoError(28);
          }
          relative = PATH_FS.relative(new_path, old_dirname);
          if (relative.charAt(0) !== ".") {
            throw new FS.ErrnoError(55);
          }
          var new_node;
          try {
            new_node = FS.lookupNode(new_dir, new_name);
          } catch (e) {
          }
          if (old_node === new_node) {
            return;
          }
          var isdir = FS.isDir(old_node.mode);
          var errCode = FS.mayDelete(old_dir, old_name, isdir);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          errCode = new_node ? FS.mayDelete(new_dir, new_name, isdir) : FS.mayCreate(new_dir, new_name);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          if (!old_dir.node_ops.rename) {
            throw new FS.ErrnoError(63);
          }
          if (FS.isMountpoint(old_node) || new_node && FS.isMountpoint(new_node)) {
            throw new FS.ErrnoError(10);
          }
          if (new_dir !== old_dir) {
            errCode = FS.nodePermissions(old_dir, "w");
            if (errCode) {
              throw new FS.ErrnoError(errCode);
            }
          }
          FS.hashRemoveNode(old_node);
          try {
            old_dir.node_ops.rename(old_node, new_dir, new_name);
            old_node.parent = new_dir;
          } catch (e) {
            throw e;
          } finally {
            FS.hashAddNode(old_node);
          }
        }, rmdir(path5) {
          var lookup = FS.lookupPath(path5, { parent: true });
          var parent = lookup.node;
          var name = PATH.basename(path5);
          var node = FS.lookupNode(parent, name);
          var errCode = FS.mayDelete(parent, name, true);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          if (!parent.node_ops.rmdir) {
            throw new FS.ErrnoError(63);
          }
          if (FS.isMountpoint(node)) {
            throw new FS.ErrnoError(10);
          }
          parent.node_ops.rmdir(parent, name);
          FS.destroyNode(node);
        }, readdir(path5) {
          var lookup = FS.lookupPath(path5, { follow: true });
          var node = lookup.node;
          var readdir = FS.checkOpExists(node.node_ops.readdir, 54);
          return readdir(node);
        }, unlink(path5) {
          var lookup = FS.lookupPath(path5, { parent: true });
          var parent = lookup.node;
          if (!parent) {
            throw new FS.ErrnoError(44);
          }
          var name = PATH.basename(path5);
          var node = FS.lookupNode(parent, name);
          var errCode = FS.mayDelete(parent, name, false);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          if (!parent.node_ops.unlink) {
            throw new FS.ErrnoError(63);
          }
          if (FS.isMountpoint(node)) {
            throw new FS.ErrnoError(10);
          }
          parent.node_ops.unlink(parent, name);
          FS.destroyNode(node);
        }, readlink(path5) {
          var lookup = FS.lookupPath(path5);
          var link = lookup.node;
          if (!link) {
            throw new FS.ErrnoError(44);
          }
          if (!link.node_ops.readlink) {
            throw new FS.ErrnoError(28);
          }
          return link.node_ops.readlink(link);
        }, stat(path5, dontFollow) {
          var lookup = FS.lookupPath(path5, { follow: !dontFollow });
          var node = lookup.node;
          var getattr = FS.checkOpExists(node.node_ops.getattr, 63);
          return getattr(node);
        }, fstat(fd) {
          var stream = FS.getStreamChecked(fd);
          var node = stream.node;
          var getattr = stream.stream_ops.getattr;
          var arg = getattr ? stream : node;
          getattr ??= node.node_ops.getattr;
          FS.checkOpExists(getattr, 63);
          return getattr(arg);
        }, lstat(path5) {
          return FS.stat(path5, true);
        }, doChmod(stream, node, mode, dontFollow) {
          FS.doSetAttr(stream, node, { mode: mode & 4095 | node.mode & ~4095, ctime: Date.now(), dontFollow });
        }, chmod(path5, mode, dontFollow) {
          var node;
          if (typeof path5 == "string") {
            var lookup = FS.lookupPath(path5, { follow: !dontFollow });
            node = lookup.node;
          } else {
            node = path5;
          }
          FS.doChmod(null, node, mode, dontFollow);
        }, lchmod(path5, mode) {
          FS.chmod(path5, mode, true);
        }, fchmod(fd, mode) {
          var stream = FS.getStreamChecked(fd);
          FS.doChmod(stream, stream.node, mode, false);
        }, doChown(stream, node, dontFollow) {
          FS.doSetAttr(stream, node, { timestamp: Date.now(), dontFollow });
        }, chown(path5, uid, gid, dontFollow) {
          var node;
          if (typeof path5 == "string") {
            var lookup = FS.lookupPath(path5, { follow: !dontFollow });
            node = lookup.node;
          } else {
            node = path5;
          }
          FS.doChown(null, node, dontFollow);
        }, lchown(path5, uid, gid) {
          FS.chown(path5, uid, gid, true);
        }, fchown(fd, uid, gid) {
          var stream = FS.getStreamChecked(fd);
          FS.doChown(stream, stream.node, false);
        }, doTruncate(stream, node, len) {
          if (FS.isDir(node.mode)) {
            throw new FS.ErrnoError(31);
          }
          if (!FS.isFile(node.mode)) {
            throw new FS.ErrnoError(28);
          }
          var errCode = FS.nodePermissions(node, "w");
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          FS.doSetAttr(stream, node, { size: len, timestamp: Date.now() });
        }, truncate(path5, len) {
          if (len < 0) {
            throw new FS.ErrnoError(28);
          }
          var node;
          if (typeof path5 == "string") {
            var lookup = FS.lookupPath(path5, { follow: true });
            node = lookup.node;
          } else {
            node = path5;
          }
          FS.doTruncate(null, node, len);
        }, ftruncate(fd, len) {
          var stream = FS.getStreamChecked(fd);
          if (len < 0 || (stream.flags & 2097155) === 0) {
            throw new FS.ErrnoError(28);
          }
          FS.doTruncate(stream, stream.node, len);
        }, utime(path5, atime, mtime, dontFollow) {
          var lookup = FS.lookupPath(path5, { follow: !dontFollow });
          FS.doSetAttr(null, lookup.node, { atime, mtime, dontFollow });
        }, open(path5, flags, mode = 438) {
          if (path5 === "") {
            throw new FS.ErrnoError(44);
          }
          flags = FS_modeStringToFlags(flags);
          if (flags & 64) {
            mode = mode & 4095 | 32768;
          } else {
            mode = 0;
          }
          var node;
          var isDirPath;
          if (typeof path5 == "object") {
            node = path5;
          } else {
            isDirPath = path5.endsWith("/");
            var lookup = FS.lookupPath(path5, { follow: !(flags & 131072), noent_okay: true });
            node = lookup.node;
            path5 = lookup.path;
          }
          var created = false;
          if (flags & 64) {
            if (node) {
              if (flags & 128) {
                throw new FS.ErrnoError(20);
              }
            } else if (isDirPath) {
              throw new FS.ErrnoError(31);
            } else {
              node = FS.mknod(path5, mode | 511, 0);
              created = true;
            }
          }
          if (!node) {
            throw new FS.ErrnoError(44);
          }
          if (FS.isChrdev(node.mode)) {
            flags &= ~512;
          }
          if (flags & 65536 && !FS.isDir(node.mode)) {
            throw new FS.ErrnoError(54);
          }
          if (!created) {
            var errCode = FS.mayOpen(node, flags);
            if (errCode) {
              throw new FS.ErrnoError(errCode);
            }
          }
          if (flags & 512 && !created) {
            FS.truncate(node, 0);
          }
          flags &= ~(128 | 512 | 131072);
          var stream = FS.createStream({ node, path: FS.getPath(node), flags, seekable: true, position: 0, stream_ops: node.stream_ops, ungotten: [], error: false });
          if (stream.stream_ops.open) {
            stream.stream_ops.open(stream);
          }
          if (created) {
            FS.chmod(node, mode & 511);
          }
          return stream;
        }, close(stream) {
          if (FS.isClosed(stream)) {
            throw new FS.ErrnoError(8);
          }
          if (stream.getdents) stream.getdents = null;
          stream.node?.notifyListeners(32);
          try {
            if (stream.stream_ops.close) {
              stream.stream_ops.close(stream);
            }
          } catch (e) {
            throw e;
          } finally {
            FS.closeStream(stream.fd);
          }
          stream.fd = null;
        }, isClosed(stream) {
          return stream.fd === null;
        }, llseek(stream, offset, whence) {
          if (FS.isClosed(stream)) {
            throw new FS.ErrnoError(8);
          }
          if (!stream.seekable || !stream.stream_ops.llseek) {
            throw new FS.ErrnoError(70);
          }
          if (whence != 0 && whence != 1 && whence != 2) {
            throw new FS.ErrnoError(28);
          }
          stream.position = stream.stream_ops.llseek(stream, offset, whence);
          stream.ungotten = [];
          return stream.position;
        }, read(stream, buffer, offset, length, position) {
          if (length < 0 || position < 0) {
            throw new FS.ErrnoError(28);
          }
          if (FS.isClosed(stream)) {
            throw new FS.ErrnoError(8);
          }
          if ((stream.flags & 2097155) === 1) {
            throw new FS.ErrnoError(8);
          }
          if (FS.isDir(stream.node.mode)) {
            throw new FS.ErrnoError(31);
          }
          if (!stream.stream_ops.read) {
            throw new FS.ErrnoError(28);
          }
          var seeking = typeof position != "undefined";
          if (!seeking) {
            position = stream.position;
          } else if (!stream.seekable) {
            throw new FS.ErrnoError(70);
          }
          var bytesRead = stream.stream_ops.read(stream, buffer, offset, length, position);
          if (!seeking) stream.position += bytesRead;
          return bytesRead;
        }, write(stream, buffer, offset, length, position, canOwn) {
          if (length < 0 || position < 0) {
            throw new FS.ErrnoError(28);
          }
          if (FS.isClosed(stream)) {
            throw new FS.ErrnoError(8);
          }
          if ((stream.flags & 2097155) === 0) {
            throw new FS.ErrnoError(8);
          }
          if (FS.isDir(stream.node.mode)) {
            throw new FS.ErrnoError(31);
          }
          if (!stream.stream_ops.write) {
            throw new FS.ErrnoError(28);
          }
          if (stream.seekable && stream.flags & 1024) {
            FS.llseek(stream, 0, 2);
          }
          var seeking = typeof position != "undefined";
          if (!seeking) {
            position = stream.position;
          } else if (!stream.seekable) {
            throw new FS.ErrnoError(70);
          }
          var bytesWritten = stream.stream_ops.write(stream, buffer, offset, length, position, canOwn);
          if (!seeking) stream.position += bytesWritten;
          return bytesWritten;
        }, mmap(stream, length, position, prot, flags) {
          if ((prot & 2) !== 0 && (flags & 2) === 0 && (stream.flags & 2097155) !== 2) {
            throw new FS.ErrnoError(2);
          }
          if ((stream.flags & 2097155) === 1) {
            throw new FS.ErrnoError(2);
          }
          if (!stream.stream_ops.mmap) {
            throw new FS.ErrnoError(43);
          }
          if (!length) {
            throw new FS.ErrnoError(28);
          }
          return stream.stream_ops.mmap(stream, length, position, prot, flags);
        }, msync(stream, buffer, offset, length, mmapFlags) {
          if (!stream.stream_ops.msync) {
            return 0;
          }
          return stream.stream_ops.msync(stream, buffer, offset, length, mmapFlags);
        }, ioctl(stream, cmd, arg) {
          if (!stream.stream_ops.ioctl) {
            throw new FS.ErrnoError(59);
          }
          return stream.stream_ops.ioctl(stream, cmd, arg);
        }, readFile(path5, opts = {}) {
          opts.flags = opts.flags ?? 0;
          opts.encoding = opts.encoding ?? "binary";
          if (opts.encoding !== "utf8" && opts.encoding !== "binary") {
            abort(`Invalid encoding type "${opts.encoding}"`);
          }
          var stream = FS.open(path5, opts.flags);
          var stat = FS.stat(path5);
          var length = stat.size;
          var buf = new Uint8Array(length);
          FS.read(stream, buf, 0, length, 0);
          if (opts.encoding === "utf8") {
            buf = UTF8ArrayToString(buf);
          }
          FS.close(stream);
          return buf;
        }, writeFile(path5, data, opts = {}) {
          opts.flags = opts.flags ?? 577;
          var stream = FS.open(path5, opts.flags, opts.mode);
          data = FS_fileDataToTypedArray(data);
          FS.write(stream, data, 0, data.byteLength, void 0, opts.canOwn);
          FS.close(stream);
        }, cwd: () => FS.currentPath, chdir(path5) {
          var lookup = FS.lookupPath(path5, { follow: true });
          if (lookup.node === null) {
            throw new FS.ErrnoError(44);
          }
          if (!FS.isDir(lookup.node.mode)) {
            throw new FS.ErrnoError(54);
          }
          var errCode = FS.nodePermissions(lookup.node, "x");
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          FS.currentPath = lookup.path;
        }, createDefaultDirectories() {
          FS.mkdir("/tmp");
          FS.mkdir("/home");
          FS.mkdir("/home/web_user");
        }, createDefaultDevices() {
          FS.mkdir("/dev");
          FS.registerDevice(FS.makedev(1, 3), { read: () => 0, write: (stream, buffer, offset, length, pos) => length, llseek: () => 0 });
          FS.mkdev("/dev/null", FS.makedev(1, 3));
          TTY.register(FS.makedev(5, 0), TTY.default_tty_ops);
          TTY.register(FS.makedev(6, 0), TTY.default_tty1_ops);
          FS.mkdev("/dev/tty", FS.makedev(5, 0));
          FS.mkdev("/dev/tty1", FS.makedev(6, 0));
          var randomBuffer = new Uint8Array(1024), randomLeft = 0;
          var randomByte = () => {
            if (randomLeft === 0) {
              randomFill(randomBuffer);
              randomLeft = randomBuffer.byteLength;
            }
            return randomBuffer[--randomLeft];
          };
          FS.createDevice("/dev", "random", randomByte);
          FS.createDevice("/dev", "urandom", randomByte);
          FS.mkdir("/dev/shm");
          FS.mkdir("/dev/shm/tmp");
        }, createSpecialDirectories() {
          FS.mkdir("/proc");
          var proc_self = FS.mkdir("/proc/self");
          FS.mkdir("/proc/self/fd");
          FS.mount({ mount() {
            var node = FS.createNode(proc_self, "fd", 16895, 73);
            node.stream_ops = { llseek: MEMFS.stream_ops.llseek };
            node.node_ops = { lookup(parent, name) {
              var fd = +name;
              var stream = FS.getStreamChecked(fd);
              var ret = { parent: null, mount: { mountpoint: "fake" }, node_ops: { readlink: () => stream.path }, id: fd + 1 };
              ret.parent = ret;
              return ret;
            }, readdir() {
              return Array.from(FS.streams.entries()).filter(([k, v]) => v).map(([k, v]) => k.toString());
            } };
            return node;
          } }, {}, "/proc/self/fd");
        }, createStandardStreams(input, output, error) {
          if (input) {
            FS.createDevice("/dev", "stdin", input);
          } else {
            FS.symlink("/dev/tty", "/dev/stdin");
          }
          if (output) {
            FS.createDevice("/dev", "stdout", null, output);
          } else {
            FS.symlink("/dev/tty", "/dev/stdout");
          }
          if (error) {
            FS.createDevice("/dev", "stderr", null, error);
          } else {
            FS.symlink("/dev/tty1", "/dev/stderr");
          }
          var stdin = FS.open("/dev/stdin", 0);
          var stdout = FS.open("/dev/stdout", 1);
          var stderr = FS.open("/dev/stderr", 1);
        }, staticInit() {
          FS.nameTable = new Array(4096);
          FS.mount(MEMFS, {}, "/");
          FS.createDefaultDirectories();
          FS.createDefaultDevices();
          FS.createSpecialDirectories();
          FS.filesystems = { MEMFS };
        }, init(input, output, error) {
          FS.initialized = true;
          input ??= Module["stdin"];
          output ??= Module["stdout"];
          error ??= Module["stderr"];
          FS.createStandardStreams(input, output, error);
        }, quit() {
          FS.initialized = false;
          for (var stream of FS.streams) {
            if (stream) {
              FS.close(stream);
            }
          }
        }, findObject(path5, dontResolveLastLink) {
          var ret = FS.analyzePath(path5, dontResolveLastLink);
          if (!ret.exists) {
            return null;
          }
          return ret.object;
        }, analyzePath(path5, dontResolveLastLink) {
          try {
            var lookup = FS.lookupPath(path5, { follow: !dontResolveLastLink });
            path5 = lookup.path;
          } catch (e) {
          }
          var ret = { isRoot: false, exists: false, error: 0, name: null, path: null, object: null, parentExists: false, parentPath: null, parentObject: null };
          try {
            var lookup = FS.lookupPath(path5, { parent: true });
            ret.parentExists = true;
            ret.parentPath = lookup.path;
            ret.parentObject = lookup.node;
            ret.name = PATH.basename(path5);
            lookup = FS.lookupPath(path5, { follow: !dontResolveLastLink });
            ret.exists = true;
            ret.path = lookup.path;
            ret.object = lookup.node;
            ret.name = lookup.node.name;
            ret.isRoot = lookup.path === "/";
          } catch (e) {
            ret.error = e.errno;
          }
          return ret;
        }, createPath(parent, path5, canRead, canWrite) {
          parent = typeof parent == "string" ? parent : FS.getPath(parent);
          var parts = path5.split("/").reverse();
          while (parts.length) {
            var part = parts.pop();
            if (!part) continue;
            var current = PATH.join2(parent, part);
            try {
              FS.mkdir(current);
            } catch (e) {
              if (e.errno != 20) throw e;
            }
            parent = current;
          }
          return current;
        }, createFile(parent, name, properties, canRead, canWrite) {
          var path5 = PATH.join2(typeof parent == "string" ? parent : FS.getPath(parent), name);
          var mode = FS_getMode(canRead, canWrite);
          return FS.create(path5, mode);
        }, createDataFile(parent, name, data, canRead, canWrite, canOwn) {
          var path5 = name;
          if (parent) {
            parent = typeof parent == "string" ? parent : FS.getPath(parent);
            path5 = name ? PATH.join2(parent, name) : parent;
          }
          var mode = FS_getMode(canRead, canWrite);
          var node = FS.create(path5, mode);
          if (data) {
            data = FS_fileDataToTypedArray(data);
            FS.chmod(node, mode | 146);
            var stream = FS.open(node, 577);
            FS.write(stream, data, 0, data.length, 0, canOwn);
            FS.close(stream);
            FS.chmod(node, mode);
          }
        }, createDevice(parent, name, input, output) {
          var path5 = PATH.join2(typeof parent == "string" ? parent : FS.getPath(parent), name);
          var mode = FS_getMode(!!input, !!output);
          FS.createDevice.major ??= 64;
          var dev = FS.makedev(FS.createDevice.major++, 0);
          FS.registerDevice(dev, { open(stream) {
            stream.seekable = false;
          }, close(stream) {
            if (output?.buffer?.length) {
              output(10);
            }
          }, read(stream, buffer, offset, length, pos) {
            var bytesRead = 0;
            for (var i = 0; i < length; i++) {
              var result;
              try {
                result = input();
              } catch (e) {
                throw new FS.ErrnoError(29);
              }
              if (result === void 0 && bytesRead === 0) {
                throw new FS.ErrnoError(6);
              }
              if (result === null || result === void 0) break;
              bytesRead++;
              buffer[offset + i] = result;
            }
            if (bytesRead) {
              stream.node.atime = Date.now();
            }
            return bytesRead;
          }, write(stream, buffer, offset, length, pos) {
            for (var i = 0; i < length; i++) {
              try {
                output(buffer[offset + i]);
              } catch (e) {
                throw new FS.ErrnoError(29);
              }
            }
            if (length) {
              stream.node.mtime = stream.node.ctime = Date.now();
            }
            return i;
          } });
          return FS.mkdev(path5, mode, dev);
        }, forceLoadFile(obj) {
          if (obj.isDevice || obj.isFolder || obj.link || obj.contents) return true;
          if (globalThis.XMLHttpRequest) {
            abort("Lazy loading should have been performed (contents set) in createLazyFile, but it was not. Lazy loading only works in web workers. Use --embed-file or --preload-file in emcc on the main thread.");
          } else {
            try {
              obj.contents = readBinary(obj.url);
            } catch (e) {
              throw new FS.ErrnoError(29);
            }
          }
        }, createLazyFile(parent, name, url, canRead, canWrite) {
          class LazyUint8Array {
            lengthKnown = false;
            chunks = [];
            get(idx) {
              if (idx > this.length - 1 || idx < 0) {
                return void 0;
              }
              var chunkOffset = idx % this.chunkSize;
              var chunkNum = idx / this.chunkSize | 0;
              return this.getter(chunkNum)[chunkOffset];
            }
            setDataGetter(getter) {
              this.getter = getter;
            }
            cacheLength() {
              var xhr = new XMLHttpRequest();
              xhr.open("HEAD", url, false);
              xhr.send(null);
              if (!(xhr.status >= 200 && xhr.status < 300 || xhr.status === 304)) abort("Couldn't load " + url + ". Status: " + xhr.status);
              var datalength = Number(xhr.getResponseHeader("Content-length"));
              var header;
              var hasByteServing = (header = xhr.getResponseHeader("Accept-Ranges")) && header === "bytes";
              var usesGzip = (header = xhr.getResponseHeader("Content-Encoding")) && header === "gzip";
              var chunkSize = 1024 * 1024;
              if (!hasByteServing) chunkSize = datalength;
              var doXHR = (from, to) => {
                if (from > to) abort(`invalid range (${from}, ${to}) or no bytes requested!`);
                if (to > datalength - 1) abort(`only ${datalength} bytes available! programmer error!`);
                var xhr2 = new XMLHttpRequest();
                xhr2.open("GET", url, false);
                if (datalength !== chunkSize) xhr2.setRequestHeader("Range", "bytes=" + from + "-" + to);
                xhr2.responseType = "arraybuffer";
                if (xhr2.overrideMimeType) {
                  xhr2.overrideMimeType("text/plain; charset=x-user-defined");
                }
                xhr2.send(null);
                if (!(xhr2.status >= 200 && xhr2.status < 300 || xhr2.status === 304)) abort("Couldn't load " + url + ". Status: " + xhr2.status);
                if (xhr2.response !== void 0) {
                  return new Uint8Array(xhr2.response || []);
                }
                return intArrayFromString(xhr2.responseText ?? "", true);
              };
              var lazyArray2 = this;
              lazyArray2.setDataGetter((chunkNum) => {
                var start = chunkNum * chunkSize;
                var end = (chunkNum + 1) * chunkSize - 1;
                end = Math.min(end, datalength - 1);
                if (typeof lazyArray2.chunks[chunkNum] == "undefined") {
                  lazyArray2.chunks[chunkNum] = doXHR(start, end);
                }
                if (typeof lazyArray2.chunks[chunkNum] == "undefined") abort("doXHR failed!");
                return lazyArray2.chunks[chunkNum];
              });
              if (usesGzip || !datalength) {
                chunkSize = datalength = 1;
                datalength = this.getter(0).length;
                chunkSize = datalength;
                out("LazyFiles on gzip forces download of the whole file when length is accessed");
              }
              this._length = datalength;
              this._chunkSize = chunkSize;
              this.lengthKnown = true;
            }
            get length() {
              if (!this.lengthKnown) {
                this.cacheLength();
              }
              return this._length;
            }
            get chunkSize() {
              if (!this.lengthKnown) {
                this.cacheLength();
              }
              return this._chunkSize;
            }
          }
          if (globalThis.XMLHttpRequest) {
            if (!ENVIRONMENT_IS_WORKER) abort("Cannot do synchronous binary XHRs outside webworkers in modern browsers. Use --embed-file or --preload-file in emcc");
            var lazyArray = new LazyUint8Array();
            var properties = { isDevice: false, contents: lazyArray };
          } else {
            var properties = { isDevice: false, url };
          }
          var node = FS.createFile(parent, name, properties, canRead, canWrite);
          if (properties.contents) {
            node.contents = properties.contents;
          } else if (properties.url) {
            node.contents = null;
            node.url = properties.url;
          }
          Object.defineProperties(node, { usedBytes: { get: function() {
            return this.contents.length;
          } } });
          var stream_ops = {};
          for (const [key, fn] of Object.entries(node.stream_ops)) {
            stream_ops[key] = (...args) => {
              FS.forceLoadFile(node);
              return fn(...args);
            };
          }
          function writeChunks(stream, buffer, offset, length, position) {
            var contents = stream.node.contents;
            if (position >= contents.length) return 0;
            var size = Math.min(contents.length - position, length);
            if (contents.slice) {
              for (var i = 0; i < size; i++) {
                buffer[offset + i] = contents[position + i];
              }
            } else {
              for (var i = 0; i < size; i++) {
                buffer[offset + i] = contents.get(position + i);
              }
            }
            return size;
          }
          stream_ops.read = (stream, buffer, offset, length, position) => {
            FS.forceLoadFile(node);
            return writeChunks(stream, buffer, offset, length, position);
          };
          stream_ops.mmap = (stream, length, position, prot, flags) => {
            FS.forceLoadFile(node);
            var ptr = mmapAlloc(length);
            if (!ptr) {
              throw new FS.ErrnoError(48);
            }
            writeChunks(stream, HEAP8, ptr, length, position);
            return { ptr, allocated: true };
          };
          node.stream_ops = stream_ops;
          return node;
        } };
        var SYSCALLS = { currentUmask: 18, calculateAt(dirfd, path5, allowEmpty) {
          if (PATH.isAbs(path5)) {
            return path5;
          }
          var dir;
          if (dirfd === -100) {
            dir = FS.cwd();
          } else {
            var dirstream = SYSCALLS.getStreamFromFD(dirfd);
            dir = dirstream.path;
          }
          if (path5.length == 0) {
            if (!allowEmpty) {
              throw new FS.ErrnoError(44);
            }
            return dir;
          }
          return dir + "/" + path5;
        }, writeStat(buf, stat) {
          HEAPU32[buf >> 2] = stat.dev;
          HEAPU32[buf + 4 >> 2] = stat.mode;
          HEAPU32[buf + 8 >> 2] = stat.nlink;
          HEAPU32[buf + 12 >> 2] = stat.uid;
          HEAPU32[buf + 16 >> 2] = stat.gid;
          HEAPU32[buf + 20 >> 2] = stat.rdev;
          HEAP64[buf + 24 >> 3] = BigInt(stat.size);
          HEAP32[buf + 32 >> 2] = 4096;
          HEAP32[buf + 36 >> 2] = stat.blocks;
          var atime = stat.atime.getTime();
          var mtime = stat.mtime.getTime();
          var ctime = stat.ctime.getTime();
          HEAP64[buf + 40 >> 3] = BigInt(Math.floor(atime / 1e3));
          HEAPU32[buf + 48 >> 2] = atime % 1e3 * 1e3 * 1e3;
          HEAP64[buf + 56 >> 3] = BigInt(Math.floor(mtime / 1e3));
          HEAPU32[buf + 64 >> 2] = mtime % 1e3 * 1e3 * 1e3;
          HEAP64[buf + 72 >> 3] = BigInt(Math.floor(ctime / 1e3));
          HEAPU32[buf + 80 >> 2] = ctime % 1e3 * 1e3 * 1e3;
          HEAP64[buf + 88 >> 3] = BigInt(stat.ino);
          return 0;
        }, writeStatFs(buf, stats) {
          HEAPU32[buf + 4 >> 2] = stats.bsize;
          HEAPU32[buf + 60 >> 2] = stats.bsize;
          HEAP64[buf + 8 >> 3] = BigInt(stats.blocks);
          HEAP64[buf + 16 >> 3] = BigInt(stats.bfree);
          HEAP64[buf + 24 >> 3] = BigInt(stats.bavail);
          HEAP64[buf + 32 >> 3] = BigInt(stats.files);
          HEAP64[buf + 40 >> 3] = BigInt(stats.ffree);
          HEAPU32[buf + 48 >> 2] = stats.fsid;
          HEAPU32[buf + 64 >> 2] = stats.flags;
          HEAPU32[buf + 56 >> 2] = stats.namelen;
        }, doMsync(addr, stream, len, flags, offset) {
          if (!FS.isFile(stream.node.mode)) {
            throw new FS.ErrnoError(43);
          }
          if (flags & 2) {
            return 0;
          }
          var buffer = HEAPU8.subarray(addr, addr + len);
          FS.msync(stream, buffer, offset, len, flags);
        }, getStreamFromFD(fd) {
          var stream = FS.getStreamChecked(fd);
          return stream;
        }, varargs: void 0, getStr(ptr) {
          var ret = UTF8ToString(ptr);
          return ret;
        } };
        function _fd_close(fd) {
          try {
            var stream = SYSCALLS.getStreamFromFD(fd);
            FS.close(stream);
            return 0;
          } catch (e) {
            if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
            return e.errno;
          }
        }
        var doReadv = (stream, iov, iovcnt, offset) => {
          var ret = 0;
          for (var i = 0; i < iovcnt; i++) {
            var ptr = HEAPU32[iov >> 2];
            var len = HEAPU32[iov + 4 >> 2];
            iov += 8;
            try {
              var curr = FS.read(stream, HEAP8, ptr, len, offset);
            } catch (e) {
              if (ret > 0 && e instanceof FS.ErrnoError && (e.errno == 6 || e.errno == 6)) {
                break;
              }
              throw e;
            }
            if (curr < 0) return -1;
            ret += curr;
            if (curr < len) break;
            if (typeof offset != "undefined") {
              offset += curr;
            }
          }
          return ret;
        };
        function _fd_read(fd, iov, iovcnt, pnum) {
          try {
            var stream = SYSCALLS.getStreamFromFD(fd);
            var num = doReadv(stream, iov, iovcnt);
            HEAPU32[pnum >> 2] = num;
            return 0;
          } catch (e) {
            if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
            return e.errno;
          }
        }
        var INT53_MAX = 9007199254740992;
        var INT53_MIN = -9007199254740992;
        var bigintToI53Checked = (num) => num < INT53_MIN || num > INT53_MAX ? NaN : Number(num);
        function _fd_seek(fd, offset, whence, newOffset) {
          offset = bigintToI53Checked(offset);
          try {
            if (isNaN(offset)) return 22;
            var stream = SYSCALLS.getStreamFromFD(fd);
            FS.llseek(stream, offset, whence);
            HEAP64[newOffset >> 3] = BigInt(stream.position);
            if (stream.getdents && offset === 0 && whence === 0) stream.getdents = null;
            return 0;
          } catch (e) {
            if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
            return e.errno;
          }
        }
        var doWritev = (stream, iov, iovcnt, offset) => {
          if (iovcnt == 1) {
            return FS.write(stream, HEAP8, HEAPU32[iov >> 2], HEAPU32[iov + 4 >> 2], offset);
          }
          var total = 0;
          for (var i = 0, p = iov; i < iovcnt; i++, p += 8) {
            total += HEAPU32[p + 4 >> 2];
          }
          var view = new Uint8Array(total);
          var voff = 0;
          for (var i = 0; i < iovcnt; i++, iov += 8) {
            var ptr = HEAPU32[iov >> 2];
            var len = HEAPU32[iov + 4 >> 2];
            view.set(HEAPU8.subarray(ptr, ptr + len), voff);
            voff += len;
          }
          return FS.write(stream, view, 0, total, offset);
        };
        function _fd_write(fd, iov, iovcnt, pnum) {
          try {
            var stream = SYSCALLS.getStreamFromFD(fd);
            var num = doWritev(stream, iov, iovcnt);
            HEAPU32[pnum >> 2] = num;
            return 0;
          } catch (e) {
            if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
            return e.errno;
          }
        }
        var wasmTableMirror = [];
        var getWasmTableEntry = (funcPtr) => {
          var func = wasmTableMirror[funcPtr];
          if (!func) {
            wasmTableMirror[funcPtr] = func = wasmTable.get(funcPtr);
          }
          return func;
        };
        var stringToUTF8 = (str, outPtr, maxBytesToWrite) => stringToUTF8Array(str, HEAPU8, outPtr, maxBytesToWrite);
        FS.createPreloadedFile = FS_createPreloadedFile;
        FS.preloadFile = FS_preloadFile;
        FS.staticInit();
        {
          if (Module["noExitRuntime"]) noExitRuntime = Module["noExitRuntime"];
          if (Module["print"]) out = Module["print"];
          if (Module["printErr"]) err = Module["printErr"];
          if (Module["arguments"]) programArgs = Module["arguments"];
          if (Module["thisProgram"]) thisProgram = Module["thisProgram"];
          var preInit = Module["preInit"];
          if (preInit) {
            if (typeof preInit == "function") Module["preInit"] = preInit = [preInit];
            while (preInit.length > 0) {
              preInit.shift()();
            }
          }
        }
        Module["getValue"] = getValue;
        Module["UTF8ToString"] = UTF8ToString;
        Module["stringToUTF8"] = stringToUTF8;
        Module["lengthBytesUTF8"] = lengthBytesUTF8;
        var _wasm_parse_query, _malloc, _free, _wasm_parse_query_raw, _wasm_free_parse_result, _wasm_parse_plpgsql, _wasm_fingerprint, _wasm_normalize_query, _wasm_parse_query_detailed, _wasm_free_detailed_result, _wasm_scan, _wasm_free_string, __emscripten_timeout, _setThrew, __emscripten_stack_restore, _emscripten_stack_get_current, memory, __indirect_function_table, wasmMemory, wasmTable;
        function assignWasmExports(wasmExports2) {
          _wasm_parse_query = Module["_wasm_parse_query"] = wasmExports2["B"];
          _malloc = Module["_malloc"] = wasmExports2["C"];
          _free = Module["_free"] = wasmExports2["E"];
          _wasm_parse_query_raw = Module["_wasm_parse_query_raw"] = wasmExports2["F"];
          _wasm_free_parse_result = Module["_wasm_free_parse_result"] = wasmExports2["G"];
          _wasm_parse_plpgsql = Module["_wasm_parse_plpgsql"] = wasmExports2["H"];
          _wasm_fingerprint = Module["_wasm_fingerprint"] = wasmExports2["I"];
          _wasm_normalize_query = Module["_wasm_normalize_query"] = wasmExports2["J"];
          _wasm_parse_query_detailed = Module["_wasm_parse_query_detailed"] = wasmExports2["K"];
          _wasm_free_detailed_result = Module["_wasm_free_detailed_result"] = wasmExports2["L"];
          _wasm_scan = Module["_wasm_scan"] = wasmExports2["M"];
          _wasm_free_string = Module["_wasm_free_string"] = wasmExports2["N"];
          __emscripten_timeout = wasmExports2["O"];
          _setThrew = wasmExports2["P"];
          __emscripten_stack_restore = wasmExports2["Q"];
          _emscripten_stack_get_current = wasmExports2["R"];
          memory = wasmMemory = wasmExports2["z"];
          __indirect_function_table = wasmTable = wasmExports2["D"];
        }
        var wasmImports = { c: ___assert_fail, x: __abort_js, w: __emscripten_runtime_keepalive_clear, p: __emscripten_throw_longjmp, o: __setitimer_js, q: _emscripten_resize_heap, m: _exit, u: _fd_close, r: _fd_read, s: _fd_seek, t: _fd_write, g: invoke_i, b: invoke_ii, a: invoke_iii, d: invoke_iiii, k: invoke_iiiii, l: invoke_ji, e: invoke_v, f: invoke_vi, h: invoke_vii, j: invoke_viii, i: invoke_viiii, y: invoke_viiiii, n: invoke_viiiiiiiiiiiii, v: _proc_exit };
        function invoke_iii(index, a1, a2) {
          var sp = stackSave();
          try {
            return getWasmTableEntry(index)(a1, a2);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_ii(index, a1) {
          var sp = stackSave();
          try {
            return getWasmTableEntry(index)(a1);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_i(index) {
          var sp = stackSave();
          try {
            return getWasmTableEntry(index)();
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_v(index) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)();
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_iiii(index, a1, a2, a3) {
          var sp = stackSave();
          try {
            return getWasmTableEntry(index)(a1, a2, a3);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_viiii(index, a1, a2, a3, a4) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)(a1, a2, a3, a4);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_viiiiiiiiiiiii(index, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_iiiii(index, a1, a2, a3, a4) {
          var sp = stackSave();
          try {
            return getWasmTableEntry(index)(a1, a2, a3, a4);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_viii(index, a1, a2, a3) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)(a1, a2, a3);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_vi(index, a1) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)(a1);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_vii(index, a1, a2) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)(a1, a2);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_viiiii(index, a1, a2, a3, a4, a5) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)(a1, a2, a3, a4, a5);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_ji(index, a1) {
          var sp = stackSave();
          try {
            return getWasmTableEntry(index)(a1);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
            return 0n;
          }
        }
        async function run2() {
          preRun();
          if (runDependencies) {
            await resolveRunDependencies();
          }
          var setStatus = Module["setStatus"];
          if (setStatus) {
            setStatus("Running...");
            await new Promise((resolve) => setTimeout(resolve, 1));
            setTimeout(setStatus, 1, "");
          }
          if (ABORT) return;
          initRuntime();
          Module["onRuntimeInitialized"]?.();
          postRun();
        }
        var wasmExports;
        wasmExports = await createWasm();
        await run2();
        ;
        return Module;
      };
    })();
    if (typeof exports === "object" && typeof module === "object") {
      module.exports = PgQueryModule;
      module.exports.default = PgQueryModule;
    } else if (typeof define === "function" && define["amd"]) define([], () => PgQueryModule);
  }
});

// node_modules/libpg-query/wasm/index.cjs
var require_wasm = __commonJS({
  "node_modules/libpg-query/wasm/index.cjs"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p)) __createBinding(exports2, m, p);
    };
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.scan = exports.normalize = exports.fingerprint = exports.parsePlPgSQL = exports.parse = exports.SqlError = void 0;
    exports.hasSqlDetails = hasSqlDetails;
    exports.formatSqlError = formatSqlError;
    exports.loadModule = loadModule2;
    exports.parseSync = parseSync4;
    exports.parsePlPgSQLSync = parsePlPgSQLSync2;
    exports.fingerprintSync = fingerprintSync;
    exports.normalizeSync = normalizeSync;
    exports.scanSync = scanSync;
    __exportStar(require_types2(), exports);
    var SqlError = class extends Error {
      sqlDetails;
      constructor(message, details) {
        super(message);
        this.name = "SqlError";
        this.sqlDetails = details;
      }
    };
    exports.SqlError = SqlError;
    function hasSqlDetails(error) {
      return error instanceof SqlError && error.sqlDetails !== void 0;
    }
    function formatSqlError(error, query, options = {}) {
      const { showPosition = true, showQuery = true, color = false, maxQueryLength } = options;
      const lines = [];
      const red = color ? "\x1B[31m" : "";
      const yellow = color ? "\x1B[33m" : "";
      const reset = color ? "\x1B[0m" : "";
      lines.push(`${red}Error: ${error.message}${reset}`);
      if (error.sqlDetails) {
        const { cursorPosition, fileName, functionName, lineNumber } = error.sqlDetails;
        if (cursorPosition !== void 0 && cursorPosition >= 0) {
          lines.push(`Position: ${cursorPosition}`);
        }
        if (fileName || functionName || lineNumber) {
          const details = [];
          if (fileName)
            details.push(`file: ${fileName}`);
          if (functionName)
            details.push(`function: ${functionName}`);
          if (lineNumber)
            details.push(`line: ${lineNumber}`);
          lines.push(`Source: ${details.join(", ")}`);
        }
        if (showQuery && showPosition && cursorPosition !== void 0 && cursorPosition >= 0) {
          let displayQuery = query;
          let adjustedPosition = cursorPosition;
          if (maxQueryLength && query.length > maxQueryLength) {
            const start = Math.max(0, cursorPosition - Math.floor(maxQueryLength / 2));
            const end = Math.min(query.length, start + maxQueryLength);
            displayQuery = (start > 0 ? "..." : "") + query.substring(start, end) + (end < query.length ? "..." : "");
            adjustedPosition = cursorPosition - start + (start > 0 ? 3 : 0);
          }
          lines.push(displayQuery);
          lines.push(" ".repeat(adjustedPosition) + `${yellow}^${reset}`);
        }
      } else if (showQuery) {
        let displayQuery = query;
        if (maxQueryLength && query.length > maxQueryLength) {
          displayQuery = query.substring(0, maxQueryLength) + "...";
        }
        lines.push(`Query: ${displayQuery}`);
      }
      return lines.join("\n");
    }
    var libpg_query_js_1 = __importDefault(require_libpg_query());
    var wasmModule;
    var initPromise = (0, libpg_query_js_1.default)().then((module2) => {
      wasmModule = module2;
    });
    function ensureLoaded() {
      if (!wasmModule)
        throw new Error("WASM module not initialized. Call `loadModule()` first.");
    }
    async function loadModule2() {
      if (!wasmModule) {
        await initPromise;
      }
    }
    function awaitInit(fn) {
      return (async (...args) => {
        await initPromise;
        return fn(...args);
      });
    }
    function stringToPtr(str) {
      ensureLoaded();
      if (typeof str !== "string") {
        throw new TypeError(`Expected a string, got ${typeof str}`);
      }
      const len = wasmModule.lengthBytesUTF8(str) + 1;
      const ptr = wasmModule._malloc(len);
      try {
        wasmModule.stringToUTF8(str, ptr, len);
        return ptr;
      } catch (error) {
        wasmModule._free(ptr);
        throw error;
      }
    }
    function ptrToString(ptr) {
      ensureLoaded();
      if (typeof ptr !== "number") {
        throw new TypeError(`Expected a number, got ${typeof ptr}`);
      }
      return wasmModule.UTF8ToString(ptr);
    }
    exports.parse = awaitInit(async (query) => {
      if (query === null || query === void 0) {
        throw new Error("Query cannot be null or undefined");
      }
      if (query === "") {
        throw new Error("Query cannot be empty");
      }
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_parse_query_raw(queryPtr);
        if (!resultPtr) {
          throw new Error("Failed to parse query: memory allocation failed");
        }
        const parseTreePtr = wasmModule.getValue(resultPtr, "i32");
        const stderrBufferPtr = wasmModule.getValue(resultPtr + 4, "i32");
        const errorPtr = wasmModule.getValue(resultPtr + 8, "i32");
        if (errorPtr) {
          const messagePtr = wasmModule.getValue(errorPtr, "i32");
          const funcnamePtr = wasmModule.getValue(errorPtr + 4, "i32");
          const filenamePtr = wasmModule.getValue(errorPtr + 8, "i32");
          const lineno = wasmModule.getValue(errorPtr + 12, "i32");
          const cursorpos = wasmModule.getValue(errorPtr + 16, "i32");
          const message = messagePtr ? wasmModule.UTF8ToString(messagePtr) : "Unknown error";
          const funcname = funcnamePtr ? wasmModule.UTF8ToString(funcnamePtr) : void 0;
          const filename = filenamePtr ? wasmModule.UTF8ToString(filenamePtr) : void 0;
          throw new SqlError(message, {
            message,
            cursorPosition: cursorpos > 0 ? cursorpos - 1 : 0,
            // Convert to 0-based
            fileName: filename,
            functionName: funcname,
            lineNumber: lineno > 0 ? lineno : void 0
          });
        }
        if (!parseTreePtr) {
          throw new Error("No parse tree generated");
        }
        const parseTreeStr = wasmModule.UTF8ToString(parseTreePtr);
        return JSON.parse(parseTreeStr);
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_parse_result(resultPtr);
        }
      }
    });
    exports.parsePlPgSQL = awaitInit(async (query) => {
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_parse_plpgsql(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (!resultStr.startsWith("{")) {
          throw new Error(resultStr);
        }
        return JSON.parse(resultStr);
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    });
    exports.fingerprint = awaitInit(async (query) => {
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_fingerprint(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith("syntax error") || resultStr.startsWith("deparse error") || resultStr.startsWith("ERROR")) {
          throw new Error(resultStr);
        }
        return resultStr;
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    });
    exports.normalize = awaitInit(async (query) => {
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_normalize_query(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith("syntax error") || resultStr.startsWith("deparse error") || resultStr.startsWith("ERROR")) {
          throw new Error(resultStr);
        }
        return resultStr;
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    });
    function parseSync4(query) {
      if (!wasmModule) {
        throw new Error("WASM module not initialized. Call loadModule() first.");
      }
      if (query === null || query === void 0) {
        throw new Error("Query cannot be null or undefined");
      }
      if (query === "") {
        throw new Error("Query cannot be empty");
      }
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_parse_query_raw(queryPtr);
        if (!resultPtr) {
          throw new Error("Failed to parse query: memory allocation failed");
        }
        const parseTreePtr = wasmModule.getValue(resultPtr, "i32");
        const stderrBufferPtr = wasmModule.getValue(resultPtr + 4, "i32");
        const errorPtr = wasmModule.getValue(resultPtr + 8, "i32");
        if (errorPtr) {
          const messagePtr = wasmModule.getValue(errorPtr, "i32");
          const funcnamePtr = wasmModule.getValue(errorPtr + 4, "i32");
          const filenamePtr = wasmModule.getValue(errorPtr + 8, "i32");
          const lineno = wasmModule.getValue(errorPtr + 12, "i32");
          const cursorpos = wasmModule.getValue(errorPtr + 16, "i32");
          const message = messagePtr ? wasmModule.UTF8ToString(messagePtr) : "Unknown error";
          const funcname = funcnamePtr ? wasmModule.UTF8ToString(funcnamePtr) : void 0;
          const filename = filenamePtr ? wasmModule.UTF8ToString(filenamePtr) : void 0;
          throw new SqlError(message, {
            message,
            cursorPosition: cursorpos > 0 ? cursorpos - 1 : 0,
            // Convert to 0-based
            fileName: filename,
            functionName: funcname,
            lineNumber: lineno > 0 ? lineno : void 0
          });
        }
        if (!parseTreePtr) {
          throw new Error("No parse tree generated");
        }
        const parseTreeStr = wasmModule.UTF8ToString(parseTreePtr);
        return JSON.parse(parseTreeStr);
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_parse_result(resultPtr);
        }
      }
    }
    function parsePlPgSQLSync2(query) {
      if (!wasmModule) {
        throw new Error("WASM module not initialized. Call loadModule() first.");
      }
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_parse_plpgsql(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (!resultStr.startsWith("{")) {
          throw new Error(resultStr);
        }
        return JSON.parse(resultStr);
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    }
    function fingerprintSync(query) {
      if (!wasmModule) {
        throw new Error("WASM module not initialized. Call loadModule() first.");
      }
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_fingerprint(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith("syntax error") || resultStr.startsWith("deparse error") || resultStr.startsWith("ERROR")) {
          throw new Error(resultStr);
        }
        return resultStr;
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    }
    function normalizeSync(query) {
      if (!wasmModule) {
        throw new Error("WASM module not initialized. Call loadModule() first.");
      }
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_normalize_query(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith("syntax error") || resultStr.startsWith("deparse error") || resultStr.startsWith("ERROR")) {
          throw new Error(resultStr);
        }
        return resultStr;
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    }
    exports.scan = awaitInit(async (query) => {
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_scan(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith("syntax error") || resultStr.startsWith("deparse error") || resultStr.startsWith("ERROR")) {
          throw new Error(resultStr);
        }
        return JSON.parse(resultStr);
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    });
    function scanSync(query) {
      if (!wasmModule) {
        throw new Error("WASM module not initialized. Call loadModule() first.");
      }
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_scan(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith("syntax error") || resultStr.startsWith("deparse error") || resultStr.startsWith("ERROR")) {
          throw new Error(resultStr);
        }
        return JSON.parse(resultStr);
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    }
  }
});

// src/wasmTier.ts
import { setFlagsFromString } from "node:v8";
setFlagsFromString("--liftoff-only");

// src/cli/main.ts
import { writeFileSync as writeFileSync2 } from "node:fs";
import path4 from "node:path";

// src/findings.ts
function blankFinding(rule, fields = {}) {
  return {
    rule,
    severity: "error",
    file: null,
    line: null,
    column: null,
    endLine: null,
    endColumn: null,
    table: null,
    index: null,
    relatedIndexes: null,
    constraint: null,
    foreignKey: null,
    columns: null,
    sizeBytes: null,
    scans: null,
    message: "",
    fix: null,
    ...fields
  };
}
var UsageError = class extends Error {
  name = "UsageError";
};

// src/catalog/connection.ts
function resolveDatabaseUrl(option, env) {
  if (option) return { url: option, source: "--database-url" };
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, source: "DATABASE_URL" };
  return { url: void 0, source: "the PG* environment variables" };
}
function redact(text, url, env = process.env) {
  const secrets = /* @__PURE__ */ new Set();
  if (url) {
    try {
      const parsed = new URL(url);
      if (parsed.password) {
        secrets.add(parsed.password);
        secrets.add(decodeURIComponent(parsed.password));
      }
    } catch {
      const m = /password\s*=\s*('(?:[^'\\]|\\.)*'|\S+)/i.exec(url);
      if (m) secrets.add(m[1].replace(/^'|'$/g, ""));
    }
  }
  if (env.PGPASSWORD) secrets.add(env.PGPASSWORD);
  let out = text;
  for (const secret of secrets) if (secret) out = out.split(secret).join("***");
  return out.replace(/(postgres(?:ql)?:\/\/[^:/@\s]*):[^@\s]*@/gi, "$1:***@");
}
function describeTarget(url, env = process.env) {
  try {
    if (url && /^postgres(ql)?:\/\//i.test(url)) {
      const u = new URL(url);
      return `${u.hostname || "localhost"}:${u.port || "5432"}${u.pathname && u.pathname !== "/" ? u.pathname : ""}`;
    }
  } catch {
  }
  const config = connectionConfig(url);
  return `${config.host ?? env.PGHOST ?? "localhost"}:${config.port ?? env.PGPORT ?? "5432"}/${config.database ?? env.PGDATABASE ?? env.PGUSER ?? ""}`;
}
async function inReadOnlyTransaction(options, work) {
  const client = await connectReadOnly(options);
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    await client.query(`SET LOCAL statement_timeout = ${Math.round(options.statementTimeoutSeconds * 1e3)}`);
    await client.query("SET LOCAL lock_timeout = 5000");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (e) {
    throw connectionError(e, options);
  } finally {
    await client.end().catch(() => void 0);
  }
}
function connectionConfig(url) {
  if (!url || /^postgres(ql)?:\/\//i.test(url) || !url.includes("=")) return { connectionString: url };
  const settings = {};
  for (const m of url.matchAll(/(\w+)\s*=\s*(?:'((?:[^'\\]|\\.)*)'|(\S+))/g)) settings[m[1].toLowerCase()] = (m[2] ?? m[3]).replace(/\\(.)/g, "$1");
  const config = {
    host: settings.host ?? settings.hostaddr,
    port: settings.port ? Number(settings.port) : void 0,
    database: settings.dbname,
    user: settings.user,
    password: settings.password
  };
  if (settings.sslmode && settings.sslmode !== "disable") config.ssl = settings.sslmode === "require" || settings.sslmode === "prefer" ? { rejectUnauthorized: false } : true;
  return config;
}
async function connectReadOnly(options) {
  const { default: postgres } = await Promise.resolve().then(() => (init_esm(), esm_exports));
  const client = new postgres.Client({
    ...connectionConfig(options.url),
    connectionTimeoutMillis: options.connectTimeoutSeconds * 1e3,
    application_name: "pg-index-lint",
    // Belt and braces: the session default is read-only too, not only the transaction.
    options: "-c default_transaction_read_only=on",
    // A socket that goes silent (a server that stops answering) must not hang the tool.
    query_timeout: (options.statementTimeoutSeconds + options.connectTimeoutSeconds) * 1e3
  });
  client.on("error", () => void 0);
  try {
    await client.connect();
  } catch (e) {
    await client.end().catch(() => void 0);
    throw connectionError(e, options);
  }
  return client;
}
function connectionError(e, options) {
  if (e instanceof UsageError) return e;
  const err = e;
  const target = describeTarget(options.url);
  const fix = `check ${options.source}`;
  const detail = redact(String(err.message ?? e), options.url);
  let message;
  switch (err.code) {
    case "ECONNREFUSED":
      message = `cannot connect to ${target}: connection refused (is the server running and accepting TCP connections?); ${fix}`;
      break;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      message = `cannot connect to ${target}: host not found; ${fix}`;
      break;
    case "ETIMEDOUT":
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      message = `cannot connect to ${target}: host unreachable; ${fix}`;
      break;
    case "28P01":
      message = `cannot connect to ${target}: password authentication failed; ${fix} (user and password)`;
      break;
    case "28000":
      message = /no encryption|SSL off/i.test(detail) ? `cannot connect to ${target}: the server requires an encrypted connection; add sslmode=require to ${options.source}` : `cannot connect to ${target}: the server refused this user or host (${detail}); ${fix}`;
      break;
    case "3D000":
      message = `cannot connect to ${target}: ${detail}; ${fix} (database name)`;
      break;
    case "57014":
      message = `the catalog query on ${target} was cancelled: statement timeout reached (raise --statement-timeout, or run at a quieter time)`;
      break;
    case "55P03":
      message = `the catalog query on ${target} waited too long for a lock (lock_timeout); try again at a quieter time`;
      break;
    case "57P01":
    case "57P02":
    case "57P03":
      message = `the server at ${target} ended the connection (${detail}); try again`;
      break;
    default:
      if (/timeout|timed out/i.test(detail)) {
        message = `cannot connect to ${target}: no answer within ${options.connectTimeoutSeconds} s (--connect-timeout); ${fix}`;
      } else if (/terminated|ECONNRESET|closed|not queryable/i.test(detail) || err.code === "ECONNRESET" || err.code === "EPIPE") {
        message = `the connection to ${target} was closed during the catalog query (${detail}); try again`;
      } else if (/does not support SSL/i.test(detail)) {
        message = `cannot connect to ${target}: the server does not support SSL; remove sslmode=require from ${options.source}`;
      } else {
        message = `cannot read the catalog of ${target}: ${detail}; ${fix}`;
      }
  }
  return new UsageError(redact(message, options.url));
}

// src/catalog/snapshot.ts
import { readFileSync, writeFileSync } from "node:fs";
var SNAPSHOT_FORMAT = "pg-index-lint-snapshot";
var SNAPSHOT_VERSION = 1;
function writeSnapshot(snapshot, file) {
  const { source: _source, ...document } = snapshot;
  writeFileSync(file, JSON.stringify(document, null, 2) + "\n");
}
function readSnapshotFile(file) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    const code2 = e.code;
    throw new UsageError(`snapshot ${file}: cannot be read (${code2 === "ENOENT" ? "no such file" : code2 ?? String(e)}); check --snapshot`);
  }
  const trimmed = text.replace(/^\ufeff/, "").trim();
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
    let data;
    try {
      data = JSON.parse(trimmed);
    } catch (e) {
      throw new UsageError(`snapshot ${file}: not valid JSON (${e.message})`);
    }
    if (Array.isArray(data)) return fromPgIndexesRows(data, file);
    const record = data;
    if (record.format === SNAPSHOT_FORMAT) {
      if (record.version !== SNAPSHOT_VERSION) {
        throw new UsageError(`snapshot ${file}: format version ${String(record.version)} is not supported (this pg-index-lint reads version ${SNAPSHOT_VERSION}); take the snapshot again`);
      }
      return { ...record, source: file };
    }
    throw new UsageError(`snapshot ${file}: neither a pg-index-lint snapshot nor a pg_indexes export (an array of {schemaname, tablename, indexname, indexdef})`);
  }
  return fromPgIndexesRows(parseCsv(trimmed), file);
}
function fromPgIndexesRows(rows, file) {
  const indexes = rows.map((row, i) => {
    const r = row;
    for (const key of ["schemaname", "tablename", "indexname", "indexdef"]) {
      if (typeof r[key] !== "string") throw new UsageError(`snapshot ${file}: row ${i + 1} has no "${key}" (a pg_indexes export needs schemaname, tablename, indexname, indexdef)`);
    }
    return {
      oid: i + 1,
      schema: r.schemaname,
      name: r.indexname,
      table: `${r.schemaname}.${r.tablename}`,
      definition: r.indexdef,
      method: "",
      unique: /^\s*create\s+unique\b/i.test(r.indexdef),
      primary: false,
      nullsNotDistinct: false,
      valid: true,
      clustered: false,
      replicaIdentity: false,
      keyColumns: 0,
      opclasses: [],
      opfamilies: [],
      collations: [],
      predicate: null,
      expressions: null,
      parentIndex: null,
      constraint: null,
      sizeBytes: null,
      scans: null
    };
  });
  const tables = [...new Set(indexes.map((i) => i.table))];
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    takenAt: "",
    serverVersion: "",
    serverVersionNum: 0,
    database: "",
    schemas: [...new Set(indexes.map((i) => i.schema))],
    enums: [],
    domains: [],
    tables: tables.map((t, i) => ({ oid: i + 1, schema: t.slice(0, t.indexOf(".")), name: t.slice(t.indexOf(".") + 1), kind: "table", partitionOf: null, inherits: [], columns: [] })),
    indexes,
    foreignKeys: null,
    source: file
  };
}
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows;
  if (!header) return [];
  return body.filter((r) => r.some((f) => f !== "")).map((r) => Object.fromEntries(header.map((h, i) => [h.trim(), r[i] ?? ""])));
}

// src/config.ts
import { existsSync, readFileSync as readFileSync2 } from "node:fs";
import path from "node:path";

// src/rules/describe.ts
var import_pgsql_deparser = __toESM(require_pgsql_deparser(), 1);
function ident(name) {
  return import_pgsql_deparser.QuoteUtils.quoteIdentifier(name);
}
function qualifiedName(key) {
  const dot = key.indexOf(".");
  return `${ident(key.slice(0, dot))}.${ident(key.slice(dot + 1))}`;
}
function tableName(key) {
  return key.slice(key.indexOf(".") + 1);
}
function keyList(index) {
  const parts = index.keys.map((k) => {
    let text2 = k.kind === "column" ? ident(k.column) : `(${k.expression})`;
    if (k.collation) text2 += ` COLLATE ${ident(k.collation)}`;
    if (k.opclass) text2 += ` ${k.opclass}`;
    if (k.descending) text2 += " DESC";
    if (k.nullsFirst !== k.descending) text2 += k.nullsFirst ? " NULLS FIRST" : " NULLS LAST";
    return text2;
  });
  let text = `(${parts.join(", ")})`;
  if (index.include.length) text += ` INCLUDE (${index.include.map(ident).join(", ")})`;
  if (index.predicate) text += ` WHERE ${index.predicate}`;
  return text;
}
function describeIndex(index) {
  const c = index.constraint;
  if (c?.kind === "primary") return `${index.name}, the index behind PRIMARY KEY ${keyList(index)}`;
  if (c?.kind === "unique") return `${index.name}, the index behind UNIQUE ${keyList(index)}`;
  if (c?.kind === "exclusion") return `${index.name}, the index behind an EXCLUDE constraint`;
  return `${index.name} ${index.unique ? "UNIQUE " : ""}${index.method === "btree" ? "" : `USING ${index.method} `}${keyList(index)}`;
}
function dropFix(index, model) {
  if (index.constraint) return `ALTER TABLE ${qualifiedName(index.table)} DROP CONSTRAINT ${ident(index.constraint.name)};`;
  const concurrently = model.tables.get(index.table)?.partitioned ? "" : "CONCURRENTLY ";
  return `DROP INDEX ${concurrently}IF EXISTS ${ident(index.schema)}.${ident(index.name)};`;
}
function foreignKeyIndexName(fk) {
  const name = `${tableName(fk.table)}_${fk.columns.join("_")}_idx`;
  return Buffer.byteLength(name) <= 63 ? name : name.slice(0, 63);
}
function createIndexFix(fk) {
  return `CREATE INDEX CONCURRENTLY IF NOT EXISTS ${ident(foreignKeyIndexName(fk))} ON ${qualifiedName(fk.table)} (${fk.columns.map(ident).join(", ")});`;
}

// src/rules/indexComparison.ts
function sameKey(a, b) {
  if (a.kind !== b.kind) return false;
  if (a.kind === "column" ? a.column !== b.column : a.expression !== b.expression) return false;
  return a.opclass === b.opclass && a.collation === b.collation;
}
function orderingsMatch(r, k) {
  const n = r.keys.length;
  let same = true;
  let flipped = r.method === "btree";
  for (let i = 0; i < n; i++) {
    const a = r.keys[i];
    const b = k.keys[i];
    if (a.descending !== b.descending || a.nullsFirst !== b.nullsFirst) same = false;
    if (a.descending === b.descending || a.nullsFirst === b.nullsFirst) flipped = false;
  }
  return same || flipped;
}
function keyColumnsAndIncludes(index) {
  const out = new Set(index.include);
  for (const k of index.keys) if (k.kind === "column") out.add(k.column);
  return out;
}
function sameSet(a, b) {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((x) => set.has(x));
}
function deferrable(index) {
  return index.constraint?.deferrable ?? false;
}
function atLeastAsStrict(k, r) {
  const kNullsNotDistinct = k.nullsNotDistinct || k.constraint?.kind === "primary";
  const rNullsNotDistinct = r.nullsNotDistinct || r.constraint?.kind === "primary";
  return (kNullsNotDistinct || !rNullsNotDistinct) && (!deferrable(k) || deferrable(r));
}
function reportable(index) {
  return index.valid && index.parentIndex === null && index.constraint?.kind !== "primary" && index.constraint?.kind !== "exclusion";
}
function coverage(r, k) {
  if (r === k || !r.valid || !k.valid || r.table !== k.table || r.method !== k.method) return null;
  if (r.predicate !== k.predicate) return null;
  if (r.keys.length > k.keys.length) return null;
  for (let i = 0; i < r.keys.length; i++) if (!sameKey(r.keys[i], k.keys[i])) return null;
  if (!orderingsMatch(r, k)) return null;
  const sameKeyCount = r.keys.length === k.keys.length;
  if (r.method !== "btree") {
    if (!sameKeyCount || !sameSet(r.include, k.include) || r.unique !== k.unique) return null;
    return "duplicate-index";
  }
  const covered = keyColumnsAndIncludes(k);
  if (!r.include.every((c) => covered.has(c))) return null;
  if (r.unique) {
    if (!k.unique || !sameKeyCount || !atLeastAsStrict(k, r)) return null;
    return r.constraint || k.constraint ? "duplicates-constraint" : "duplicate-index";
  }
  if (sameKeyCount && k.unique) return "duplicates-constraint";
  if (sameKeyCount && !k.unique && sameSet(r.include, k.include)) return "duplicate-index";
  return "leading-prefix";
}
function keepFacts(model) {
  const referenced = /* @__PURE__ */ new Set();
  for (const fk of model.allForeignKeys()) {
    const wanted = [...fk.referencedColumns].sort().join("\0");
    const candidates = model.indexesOn(fk.referencedTable).filter((i) => i.unique && i.valid && i.predicate === null && i.keys.every((k) => k.kind === "column")).filter((i) => i.keys.map((k) => k.kind === "column" ? k.column : "").sort().join("\0") === wanted).sort((a, b) => a.origin.sequence - b.origin.sequence);
    if (candidates[0]) referenced.add(candidates[0]);
  }
  return { referenced };
}
function keptOver(a, b, facts) {
  const ranks = [
    // A partition's copy of its parent's index cannot be dropped on its own.
    (i) => i.parentIndex !== null,
    (i) => i.constraint?.kind === "primary",
    (i) => i.constraint !== null,
    (i) => i.unique,
    (i) => facts.referenced.has(i),
    (i) => i.replicaIdentity,
    (i) => i.clustered
  ];
  for (const rank of ranks) {
    const ra = rank(a);
    const rb = rank(b);
    if (ra !== rb) return ra;
  }
  if (a.origin.sequence !== b.origin.sequence) return a.origin.sequence < b.origin.sequence;
  return a.name < b.name;
}

// src/rules/redundancy.ts
var RULE_PRIORITY = ["duplicates-constraint", "duplicate-index", "leading-prefix"];
var cache = /* @__PURE__ */ new WeakMap();
function redundantIndexes(model) {
  const cached = cache.get(model);
  if (cached) return cached;
  const facts = keepFacts(model);
  const result = [];
  const byTable = /* @__PURE__ */ new Map();
  for (const index of model.allIndexes()) {
    let list = byTable.get(index.table);
    if (!list) byTable.set(index.table, list = []);
    list.push(index);
  }
  for (const indexes of byTable.values()) {
    const buckets = /* @__PURE__ */ new Map();
    for (const index of indexes) {
      const first = index.keys[0];
      if (!first) continue;
      const signature = `${index.method}\0${JSON.stringify(first.kind === "column" ? first.column : first.expression)}`;
      let bucket = buckets.get(signature);
      if (!bucket) buckets.set(signature, bucket = []);
      bucket.push(index);
    }
    for (const bucket of buckets.values()) {
      if (bucket.length < 2) continue;
      for (const r of bucket) {
        if (!reportable(r)) continue;
        const found = [];
        for (const k of bucket) {
          const rule = coverage(r, k);
          if (!rule) continue;
          if (coverage(k, r) && !keptOver(k, r, facts)) continue;
          found.push({ by: k, rule });
        }
        if (found.length === 0) continue;
        found.sort((a, b) => RULE_PRIORITY.indexOf(a.rule) - RULE_PRIORITY.indexOf(b.rule) || a.by.name.localeCompare(b.by.name));
        result.push({ index: r, rule: found[0].rule, coveredBy: found.map((f) => f.by) });
      }
    }
  }
  cache.set(model, result);
  return result;
}

// src/rules/duplicateIndex.ts
var duplicateIndex = {
  id: "duplicate-index",
  description: "An index identical to another index on the same table.",
  defaultSeverity: "error",
  check(model) {
    return redundantIndexes(model).filter((r) => r.rule === "duplicate-index").map(({ index, coveredBy }) => ({
      rule: "duplicate-index",
      table: index.table,
      index,
      related: coveredBy,
      foreignKey: null,
      message: `${index.name} duplicates ${describeIndex(coveredBy[0])} on ${tableName(index.table)}: the same keys, in the same order, for the same rows`,
      fix: dropFix(index, model)
    }));
  }
};

// src/rules/duplicatesConstraint.ts
var duplicatesConstraint = {
  id: "duplicates-constraint",
  description: "An index with the same keys as the index behind a PRIMARY KEY or UNIQUE constraint, or a unique index.",
  defaultSeverity: "error",
  check(model) {
    return redundantIndexes(model).filter((r) => r.rule === "duplicates-constraint").map(({ index, coveredBy }) => {
      const kept = coveredBy[0];
      const referenced = index.constraint ? " (move any foreign key that references it first)" : "";
      return {
        rule: "duplicates-constraint",
        table: index.table,
        index,
        related: coveredBy,
        foreignKey: null,
        message: `${index.constraint ? `${index.name} (a ${index.constraint.kind === "primary" ? "PRIMARY KEY" : "UNIQUE constraint"})` : index.name} duplicates ${describeIndex(kept)} on ${tableName(index.table)}${referenced}`,
        fix: dropFix(index, model)
      };
    });
  }
};

// src/rules/leadingPrefix.ts
var leadingPrefix = {
  id: "leading-prefix",
  description: "A btree index whose keys are the leading keys of a wider btree index.",
  defaultSeverity: "error",
  check(model) {
    return redundantIndexes(model).filter((r) => r.rule === "leading-prefix").map(({ index, coveredBy }) => ({
      rule: "leading-prefix",
      table: index.table,
      index,
      related: coveredBy,
      foreignKey: null,
      message: `${index.name} ${keyList(index)} is a leading prefix of ${describeIndex(coveredBy[0])} on ${tableName(index.table)}, which serves the same lookups`,
      fix: dropFix(index, model)
    }));
  }
};

// src/rules/invalidIndex.ts
var invalidIndex = {
  id: "invalid-index",
  description: "An index PostgreSQL marked invalid: maintained on every write, used by no query.",
  defaultSeverity: "error",
  check(model) {
    const hits = [];
    for (const index of model.allIndexes()) {
      if (index.valid || index.parentIndex) continue;
      const partitioned = model.tables.get(index.table)?.partitioned ?? false;
      hits.push({
        rule: "invalid-index",
        table: index.table,
        index,
        related: [],
        foreignKey: null,
        message: partitioned ? `${describeIndex(index)} on ${tableName(index.table)} is invalid: not every partition has an index attached to it (ALTER INDEX ... ATTACH PARTITION)` : `${describeIndex(index)} on ${tableName(index.table)} is invalid (a failed CREATE INDEX CONCURRENTLY?): writes maintain it, no query uses it; drop it and build it again`,
        fix: index.constraint ? `REINDEX INDEX CONCURRENTLY ${qualifiedName(`${index.schema}.${index.name}`)};` : dropFix(index, model)
      });
    }
    return hits;
  }
};

// src/model/pgTypes.ts
var TYPE_ALIASES = {
  int: "int4",
  integer: "int4",
  int4: "int4",
  serial: "int4",
  serial4: "int4",
  smallint: "int2",
  int2: "int2",
  smallserial: "int2",
  serial2: "int2",
  bigint: "int8",
  int8: "int8",
  bigserial: "int8",
  serial8: "int8",
  real: "float4",
  float4: "float4",
  "double precision": "float8",
  float8: "float8",
  float: "float8",
  numeric: "numeric",
  decimal: "numeric",
  varchar: "varchar",
  "character varying": "varchar",
  char: "bpchar",
  character: "bpchar",
  bpchar: "bpchar",
  text: "text",
  name: "name",
  citext: "citext",
  bool: "bool",
  boolean: "bool",
  timestamp: "timestamp",
  "timestamp without time zone": "timestamp",
  timestamptz: "timestamptz",
  "timestamp with time zone": "timestamptz",
  date: "date",
  time: "time",
  timetz: "timetz",
  interval: "interval",
  uuid: "uuid",
  json: "json",
  jsonb: "jsonb",
  bytea: "bytea",
  xml: "xml",
  inet: "inet",
  cidr: "cidr",
  macaddr: "macaddr",
  macaddr8: "macaddr8",
  money: "money",
  bit: "bit",
  varbit: "varbit",
  "bit varying": "varbit",
  oid: "oid",
  tsvector: "tsvector",
  tsquery: "tsquery"
};
function canonicalTypeName(name) {
  return TYPE_ALIASES[name.toLowerCase()] ?? name;
}
var BTREE_DEFAULT = {
  int2: "int2_ops",
  int4: "int4_ops",
  int8: "int8_ops",
  float4: "float4_ops",
  float8: "float8_ops",
  numeric: "numeric_ops",
  // varchar has no opclass of its own: it is binary-coercible to text.
  text: "text_ops",
  varchar: "text_ops",
  name: "name_ops",
  bpchar: "bpchar_ops",
  citext: "citext_ops",
  bool: "bool_ops",
  bytea: "bytea_ops",
  date: "date_ops",
  time: "time_ops",
  timetz: "timetz_ops",
  timestamp: "timestamp_ops",
  timestamptz: "timestamptz_ops",
  interval: "interval_ops",
  uuid: "uuid_ops",
  jsonb: "jsonb_ops",
  inet: "inet_ops",
  cidr: "inet_ops",
  macaddr: "macaddr_ops",
  macaddr8: "macaddr8_ops",
  money: "money_ops",
  bit: "bit_ops",
  varbit: "varbit_ops",
  oid: "oid_ops",
  tsvector: "tsvector_ops",
  tsquery: "tsquery_ops"
};
var BTREE_FAMILY = {
  int2_ops: "integer_ops",
  int4_ops: "integer_ops",
  int8_ops: "integer_ops",
  float4_ops: "float_ops",
  float8_ops: "float_ops",
  text_ops: "text_ops",
  varchar_ops: "text_ops",
  name_ops: "text_ops",
  date_ops: "datetime_ops",
  timestamp_ops: "datetime_ops",
  timestamptz_ops: "datetime_ops",
  inet_ops: "network_ops",
  cidr_ops: "network_ops",
  text_pattern_ops: "text_pattern_ops",
  varchar_pattern_ops: "text_pattern_ops",
  bpchar_pattern_ops: "bpchar_pattern_ops"
};
var FAMILY_TYPES = {
  integer_ops: ["int2", "int4", "int8"],
  float_ops: ["float4", "float8"],
  text_ops: ["text", "varchar", "name"],
  text_pattern_ops: ["text", "varchar"],
  bpchar_ops: ["bpchar"],
  bpchar_pattern_ops: ["bpchar"],
  datetime_ops: ["date", "timestamp", "timestamptz"],
  network_ops: ["inet", "cidr"]
};
function isArrayType(type) {
  return type.endsWith("[]");
}
function defaultOpclass(method, type, enums) {
  if (type === null) return null;
  if (method === "btree" || method === "hash") {
    if (isArrayType(type)) return "array_ops";
    if (enums.has(type)) return "enum_ops";
    return BTREE_DEFAULT[type] ?? null;
  }
  return null;
}
function btreeFamily(opclass) {
  return BTREE_FAMILY[opclass] ?? opclass;
}
function foreignKeyCanUseOpclass(opclass, fkType, refType) {
  const family = btreeFamily(opclass);
  const types2 = FAMILY_TYPES[family];
  if (fkType === refType) {
    if (types2) return types2.includes(fkType);
    const ownDefault = BTREE_DEFAULT[fkType];
    return ownDefault === void 0 || btreeFamily(ownDefault) === family || opclass === "enum_ops" || opclass === "array_ops";
  }
  return types2 !== void 0 && types2.includes(fkType) && types2.includes(refType);
}

// src/model/expressions.ts
var import_pgsql_deparser2 = __toESM(require_pgsql_deparser(), 1);
function expressionText(node) {
  return ((0, import_pgsql_deparser2.deparseSync)(node, { pretty: false }) ?? "").replace(/\s+/g, " ").trim();
}
function referencedColumns(node, out = /* @__PURE__ */ new Set()) {
  if (Array.isArray(node)) {
    for (const item of node) referencedColumns(item, out);
  } else if (node && typeof node === "object") {
    const record = node;
    if (record.ColumnRef) {
      const fields = record.ColumnRef.fields ?? [];
      const last = fields[fields.length - 1];
      if (last?.String) out.add(last.String.sval);
      return out;
    }
    for (const value of Object.values(record)) referencedColumns(value, out);
  }
  return out;
}
function renameColumnInTree(node, from, to) {
  if (Array.isArray(node)) {
    for (const item of node) renameColumnInTree(item, from, to);
  } else if (node && typeof node === "object") {
    const record = node;
    if (record.ColumnRef) {
      const fields = record.ColumnRef.fields ?? [];
      const last = fields[fields.length - 1];
      if (last?.String?.sval === from) last.String.sval = to;
      return;
    }
    for (const value of Object.values(record)) renameColumnInTree(value, from, to);
  }
}
function figureColumnName(node) {
  return figure(node)?.name ?? null;
}
function figure(node) {
  if (!node) return null;
  if (node.ColumnRef) {
    const fields = node.ColumnRef.fields ?? [];
    const last = fields[fields.length - 1]?.String?.sval;
    return last ? { name: last, strength: 2 } : null;
  }
  if (node.FuncCall) {
    const names = node.FuncCall.funcname ?? [];
    const last = names[names.length - 1]?.String?.sval;
    return last ? { name: last, strength: 2 } : null;
  }
  if (node.TypeCast) {
    const inner = figure(node.TypeCast.arg);
    if (inner && inner.strength > 1) return inner;
    const names = node.TypeCast.typeName?.names ?? [];
    const last = names[names.length - 1]?.String?.sval;
    return last ? { name: last, strength: 1 } : inner;
  }
  if (node.CollateClause) return figure(node.CollateClause.arg);
  if (node.CoalesceExpr) return { name: "coalesce", strength: 2 };
  if (node.CaseExpr) return { name: "case", strength: 1 };
  if (node.MinMaxExpr) return { name: node.MinMaxExpr.op === "IS_GREATEST" ? "greatest" : "least", strength: 2 };
  return null;
}
function notNullColumns(node) {
  if (!node) return [];
  if (node.NullTest) {
    const arg = node.NullTest.arg;
    if (node.NullTest.nulltesttype !== "IS_NOT_NULL" || !arg?.ColumnRef) return null;
    return [...referencedColumns(arg)];
  }
  if (node.BoolExpr?.boolop === "AND_EXPR") {
    const out = [];
    for (const arg of node.BoolExpr.args ?? []) {
      const cols = notNullColumns(arg);
      if (cols === null) return null;
      out.push(...cols);
    }
    return out;
  }
  return null;
}
var TEXT_LIKE_TYPES = /* @__PURE__ */ new Set(["text", "varchar", "bpchar", "char", "character", "character varying", "name"]);
function normalizeExpression(node) {
  if (Array.isArray(node)) return node.map(normalizeExpression);
  if (!node || typeof node !== "object") return node;
  const record = node;
  if (record.TypeCast) {
    const cast = record.TypeCast;
    const names = cast.typeName?.names ?? [];
    const type = names[names.length - 1]?.String?.sval ?? "";
    const arg = normalizeExpression(cast.arg);
    if (TEXT_LIKE_TYPES.has(type) || arg?.A_Const || arg?.A_ArrayExpr) return arg;
    return { TypeCast: { ...cast, arg, typeName: { ...cast.typeName, names: names.slice(-1) } } };
  }
  if (record.FuncCall) {
    const call = record.FuncCall;
    return { FuncCall: { ...mapValues(call), funcname: (call.funcname ?? []).slice(-1) } };
  }
  if (record.A_Expr) return normalizeOperator(mapValues(record.A_Expr));
  if (record.BoolExpr) {
    const op = record.BoolExpr.boolop;
    const args = [];
    for (const arg of (record.BoolExpr.args ?? []).map(normalizeExpression)) {
      if (op !== "NOT_EXPR" && arg.BoolExpr?.boolop === op) args.push(...arg.BoolExpr.args);
      else args.push(arg);
    }
    return { BoolExpr: { ...record.BoolExpr, args } };
  }
  return mapValues(record);
}
function mapValues(record) {
  const out = {};
  for (const [k, v] of Object.entries(record)) out[k] = normalizeExpression(v);
  return out;
}
function operator(name, lexpr, rexpr) {
  return { A_Expr: { kind: "AEXPR_OP", name: [{ String: { sval: name } }], lexpr, rexpr } };
}
function normalizeOperator(e) {
  const name = e.name?.[e.name.length - 1]?.String?.sval ?? "";
  switch (e.kind) {
    case "AEXPR_LIKE":
    case "AEXPR_ILIKE":
      return operator(name, e.lexpr, e.rexpr);
    case "AEXPR_OP_ANY":
    case "AEXPR_OP_ALL": {
      const elements = e.rexpr?.A_ArrayExpr?.elements;
      const isIn = e.kind === "AEXPR_OP_ANY" && name === "=" || e.kind === "AEXPR_OP_ALL" && name === "<>";
      if (!elements || !isIn) return { A_Expr: e };
      return normalizeOperator({ kind: "AEXPR_IN", name: [{ String: { sval: name } }], lexpr: e.lexpr, rexpr: { List: { items: elements } } });
    }
    case "AEXPR_IN": {
      const items = e.rexpr?.List?.items ?? [];
      if (items.length === 1) return operator(name, e.lexpr, items[0]);
      return { A_Expr: { kind: "AEXPR_IN", name: [{ String: { sval: name } }], lexpr: e.lexpr, rexpr: { List: { items } } } };
    }
    case "AEXPR_BETWEEN":
    case "AEXPR_NOT_BETWEEN": {
      const [low, high] = e.rexpr?.List?.items ?? [];
      const between = e.kind === "AEXPR_BETWEEN";
      return {
        BoolExpr: {
          boolop: between ? "AND_EXPR" : "OR_EXPR",
          args: [operator(between ? ">=" : "<", e.lexpr, low), operator(between ? "<=" : ">", e.lexpr, high)]
        }
      };
    }
    default:
      return { A_Expr: { ...e, name: e.name?.slice(-1) } };
  }
}

// src/rules/unindexedForeignKey.ts
function indexCoversForeignKey(model, fk, index) {
  if (!index.valid || index.table !== fk.table) return false;
  const n = fk.columns.length;
  if (index.method === "hash") {
    if (n !== 1) return false;
  } else if (index.method !== "btree" || index.keys.length < n) {
    return false;
  }
  const lead = index.keys.slice(0, n);
  const wanted = new Set(fk.columns);
  const seen = /* @__PURE__ */ new Set();
  for (const key of lead) {
    if (key.kind !== "column" || !wanted.has(key.column) || seen.has(key.column)) return false;
    seen.add(key.column);
    if (key.collation !== null) return false;
    const position = fk.columns.indexOf(key.column);
    const fkType = model.column(fk.table, key.column)?.type;
    const refType = model.column(fk.referencedTable, fk.referencedColumns[position])?.type;
    if (fkType && refType && fkType !== "unknown" && refType !== "unknown") {
      const opclass = key.opclass ?? defaultOpclass("btree", fkType, model.enums);
      if (opclass && !foreignKeyCanUseOpclass(opclass, fkType, refType)) return false;
    }
  }
  if (index.predicate !== null) {
    const required = notNullColumns(index.predicateNode);
    if (required === null || !required.every((c) => wanted.has(c))) return false;
  }
  return true;
}
function foreignKeyCovered(model, fk) {
  return model.indexesOn(fk.table).some((index) => indexCoversForeignKey(model, fk, index));
}
var unindexedForeignKey = {
  id: "unindexed-foreign-key",
  description: "A foreign key whose referencing columns no index serves.",
  defaultSeverity: "warning",
  check(model) {
    const hits = [];
    for (const fk of model.allForeignKeys()) {
      if (fk.parentForeignKey || foreignKeyCovered(model, fk)) continue;
      hits.push({
        rule: "unindexed-foreign-key",
        table: fk.table,
        index: null,
        related: [],
        foreignKey: fk,
        message: `foreign key ${fk.name} on ${tableName(fk.table)} (${fk.columns.map(ident).join(", ")}) has no index: every DELETE or key UPDATE on ${tableName(fk.referencedTable)} scans ${tableName(fk.table)}`,
        fix: createIndexFix(fk)
      });
    }
    return hits;
  }
};

// src/rules/index.ts
var RULES = [duplicateIndex, duplicatesConstraint, leadingPrefix, unindexedForeignKey, invalidIndex];
var RULE_IDS = RULES.map((r) => r.id);

// src/config.ts
var DEFAULT_CONFIG_FILE = "pg-index-lint.json";
function defaultConfig() {
  return { rules: {}, ignore: { tables: [], indexes: [] }, migrations: [], source: null };
}
function loadConfig(explicitPath, cwd) {
  const file = explicitPath ? path.resolve(cwd, explicitPath) : path.join(cwd, DEFAULT_CONFIG_FILE);
  if (!explicitPath && !existsSync(file)) return defaultConfig();
  let text;
  try {
    text = readFileSync2(file, "utf8");
  } catch (e) {
    throw new UsageError(`config ${file}: cannot be read (${e.code ?? String(e)})`);
  }
  let raw;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`config ${file}: not valid JSON (${e.message})`);
  }
  return validateConfig(raw, file);
}
function validateConfig(raw, source) {
  const fail = (what) => {
    throw new UsageError(`config ${source}: ${what}`);
  };
  if (!isObject(raw)) fail("must be a JSON object");
  const obj = raw;
  const config = defaultConfig();
  config.source = source;
  for (const key of Object.keys(obj)) {
    if (!["rules", "ignore", "migrations", "$schema"].includes(key)) fail(`unknown key "${key}" (expected rules, ignore, migrations)`);
  }
  if (obj.rules !== void 0) {
    if (!isObject(obj.rules)) fail('"rules" must be an object of rule: "error" | "warning" | "off"');
    const ids = RULES.map((r) => r.id);
    for (const [rule, setting] of Object.entries(obj.rules)) {
      if (!ids.includes(rule)) fail(`unknown rule "${rule}" (rules: ${ids.join(", ")})`);
      if (setting !== "error" && setting !== "warning" && setting !== "off") fail(`rule "${rule}": severity must be "error", "warning" or "off"`);
      config.rules[rule] = setting;
    }
  }
  if (obj.ignore !== void 0) {
    if (!isObject(obj.ignore)) fail('"ignore" must be an object with "tables" and/or "indexes"');
    const ignore = obj.ignore;
    for (const key of Object.keys(ignore)) if (key !== "tables" && key !== "indexes") fail(`unknown key "ignore.${key}" (expected tables, indexes)`);
    config.ignore.tables = stringList(ignore.tables, "ignore.tables", fail);
    config.ignore.indexes = stringList(ignore.indexes, "ignore.indexes", fail);
  }
  config.migrations = stringList(obj.migrations, "migrations", fail).map((p) => path.resolve(path.dirname(source), p));
  return config;
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function stringList(v, name, fail) {
  if (v === void 0) return [];
  if (!Array.isArray(v) || !v.every((x) => typeof x === "string")) fail(`"${name}" must be an array of strings`);
  return v;
}
function matchesPattern(pattern, name) {
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".")}$`);
  return re.test(name);
}
function tableIgnored(config, table) {
  const bare = table.slice(table.indexOf(".") + 1);
  return config.ignore.tables.some((p) => matchesPattern(p, table) || matchesPattern(p, bare));
}
function indexIgnored(config, schema, index) {
  return config.ignore.indexes.some((p) => matchesPattern(p, index) || matchesPattern(p, `${schema}.${index}`));
}

// src/files/discover.ts
import { lstatSync as lstatSync2, readdirSync, statSync as statSync2 } from "node:fs";
import path2 from "node:path";

// src/files/migrationFile.ts
import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync as readFileSync3, statSync } from "node:fs";
function fileErrorReason(e) {
  const code2 = e.code;
  switch (code2) {
    case "ENOENT":
      return "no such file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ELOOP":
      return "a symbolic link loop";
    case "EMFILE":
    case "ENFILE":
      return "too many open files";
    default:
      return code2 ?? String(e);
  }
}
function kindOf(stat) {
  if (stat.isDirectory()) return "a directory";
  if (stat.isFIFO()) return "a FIFO";
  if (stat.isSocket()) return "a socket";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "a device";
  return "not a file";
}
function notRegularFile(shown, stat) {
  return new UsageError(`${shown}: is not a regular file (${kindOf(stat)})`);
}
function migrationEntryStat(full, shown) {
  try {
    return statSync(full);
  } catch (e) {
    const code2 = e.code;
    const dangling = code2 === "ENOENT" && isSymbolicLink(full);
    throw new UsageError(`${shown}: cannot be read (${dangling ? "a symbolic link to a missing file" : fileErrorReason(e)})`);
  }
}
function statOrNull(p) {
  try {
    return statSync(p);
  } catch {
    return null;
  }
}
function isSymbolicLink(p) {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}
function readMigrationFile(file, shown) {
  let fd;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const vanished = e.code === "ENOENT";
    throw new UsageError(`${shown}: cannot be read (${vanished ? "no such file: it was removed after the files were listed" : fileErrorReason(e)})`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw notRegularFile(shown, stat);
    const bytes = readFileSync3(fd);
    if (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255) {
      throw new UsageError(`${shown}: is UTF-16 text; save it as UTF-8`);
    }
    if (bytes.includes(0)) throw new UsageError(`${shown}: is not a text file (binary content)`);
    return bytes.toString("utf8");
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`${shown}: cannot be read (${fileErrorReason(e)})`);
  } finally {
    closeSync(fd);
  }
}

// src/files/discover.ts
var versionOrder = new Intl.Collator("en", { numeric: true, sensitivity: "variant" }).compare;
var NOT_UP_SQL = /(^|[._])down\.sql$|\.(mysql|sqlite3?|cockroach|mssql|mariadb)\.(up\.)?sql$/i;
var FOLDER_MIGRATION_FILES = ["migration.sql", "up.sql"];
function statOrFail(p, shown) {
  try {
    return statSync2(p);
  } catch (e) {
    const code2 = e.code;
    throw new UsageError(code2 === "ENOENT" ? `${shown}: no such file or directory` : `${shown}: cannot be read (${fileErrorReason(e)})`);
  }
}
function expandMigrationPaths(inputs, cwd = process.cwd()) {
  const files = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (file) => {
    const resolved = path2.resolve(cwd, file);
    if (!seen.has(resolved)) {
      seen.add(resolved);
      files.push(resolved);
    }
  };
  for (const input of inputs) {
    const full = path2.resolve(cwd, input);
    const stat = statOrFail(full, input);
    if (stat.isDirectory()) for (const f of migrationFilesIn(full, input)) add(f);
    else if (stat.isFile()) add(full);
    else throw notRegularFile(input, stat);
  }
  return files;
}
function migrationFilesIn(dir, shown) {
  let entries;
  try {
    entries = readdirSync(dir);
  } catch (e) {
    throw new UsageError(`${shown}: cannot list the directory (${fileErrorReason(e)})`);
  }
  const byVersion = [];
  for (const name of entries.sort(versionOrder)) {
    const full = path2.join(dir, name);
    const isMigrationName = name.toLowerCase().endsWith(".sql") && !NOT_UP_SQL.test(name);
    const stat = isMigrationName ? migrationEntryStat(full, path2.join(shown, name)) : statOrNull(full);
    if (!stat) continue;
    if (stat.isDirectory()) {
      const inner = FOLDER_MIGRATION_FILES.find((f) => entryExists(path2.join(full, f)));
      if (inner) {
        const shownInner = path2.join(shown, name, inner);
        const innerStat = migrationEntryStat(path2.join(full, inner), shownInner);
        if (!innerStat.isFile()) throw notRegularFile(shownInner, innerStat);
        byVersion.push({ sortKey: name, file: path2.join(full, inner) });
      }
    } else if (isMigrationName) {
      if (!stat.isFile()) throw notRegularFile(path2.join(shown, name), stat);
      byVersion.push({ sortKey: name, file: full });
    }
  }
  return preferPostgresVariants(byVersion.sort((a, b) => versionOrder(a.sortKey, b.sortKey)).map((v) => v.file));
}
function preferPostgresVariants(files) {
  const postgres = new Set(files.filter((f) => /\.postgres(ql)?\.(up\.)?sql$/i.test(f)).map((f) => f.replace(/\.postgres(ql)?\.(up\.)?sql$/i, "")));
  return files.filter((f) => {
    if (/\.postgres(ql)?\.(up\.)?sql$/i.test(f)) return true;
    return !postgres.has(f.replace(/\.(up\.)?sql$/i, ""));
  });
}
function entryExists(p) {
  try {
    lstatSync2(p);
    return true;
  } catch {
    return false;
  }
}

// src/report/text.ts
function formatText(report) {
  const out = [];
  for (const f of report.findings) {
    out.push(`${where(f)}: ${f.severity} [${f.rule}] ${f.message}${figures(f)}`);
    if (f.fix) out.push(`    fix: ${f.fix}`);
  }
  for (const n of report.notes) out.push(n.line ? `${n.file}:${n.line}: note: ${n.message}` : `${n.file}: note: ${n.message}`);
  out.push(summaryLine(report));
  return out.map(printable).join("\n") + "\n";
}
function printable(line) {
  return line.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, (c) => c === "\n" ? "\\n" : c === "\r" ? "\\r" : `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}
function where(f) {
  if (f.file !== null) return `${f.file}:${f.line ?? 1}:${f.column ?? 1}`;
  return `database ${f.table ?? ""}`.trim();
}
function figures(f) {
  if (f.sizeBytes === null && f.scans === null) return "";
  const parts = [];
  if (f.sizeBytes !== null) parts.push(formatBytes(f.sizeBytes));
  if (f.scans !== null) parts.push(`${f.scans} scan${f.scans === 1 ? "" : "s"}`);
  return ` [${parts.join(", ")}]`;
}
function formatBytes(bytes) {
  const units = ["bytes", "kB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${bytes} bytes` : `${value >= 10 ? value.toFixed(0) : value.toFixed(1)} ${units[unit]}`;
}
function summaryLine(report) {
  const s = report.summary;
  const files = s.files === 0 ? "the database" : `${s.files} file${s.files === 1 ? "" : "s"}, ${s.statements} statement${s.statements === 1 ? "" : "s"}`;
  const reclaim = s.reclaimableBytes !== null ? `; ${formatBytes(s.reclaimableBytes)} to reclaim` : "";
  if (s.findings === 0) return `No problems found (${files}).`;
  return `${s.errors} error${s.errors === 1 ? "" : "s"}, ${s.warnings} warning${s.warnings === 1 ? "" : "s"} (${files})${reclaim}.`;
}

// src/report/fixFile.ts
function formatFixFile(report, source) {
  const out = [
    `-- Fixes suggested by pg-index-lint for ${source}.`,
    "-- Review every statement before running it. CONCURRENTLY statements cannot run",
    "-- inside a transaction block: run this file with psql, not in one transaction.",
    ""
  ];
  for (const f of report.findings) {
    if (!f.fix) continue;
    const figures2 = [f.sizeBytes !== null ? formatBytes(f.sizeBytes) : null, f.scans !== null ? `${f.scans} scan${f.scans === 1 ? "" : "s"}` : null].filter(Boolean).join(", ");
    out.push(comment(`[${f.rule}] ${f.message}${figures2 ? ` (${figures2})` : ""}`));
    if (f.constraint && f.rule !== "invalid-index") {
      out.push("-- This index backs a constraint: move any foreign key that references it first, then:");
      out.push(comment(f.fix));
    } else {
      out.push(f.fix);
    }
    out.push("");
  }
  if (out.length === 4) out.push("-- Nothing to fix.");
  return out.join("\n") + "\n";
}
function comment(text) {
  return text.split(/\r\n|\r|\n/).map((line) => `-- ${line}`).join("\n");
}

// src/report/json.ts
function formatJson(report) {
  return JSON.stringify({ findings: report.findings, notes: report.notes, summary: report.summary }, null, 2) + "\n";
}

// src/catalog/loadSnapshot.ts
var import_libpg_query2 = __toESM(require_wasm(), 1);
var import_pgsql_deparser3 = __toESM(require_pgsql_deparser(), 1);

// src/model/naming.ts
var MAX_NAME_BYTES = 63;
function clip(name, bytes) {
  let out = "";
  let used = 0;
  for (const ch of name) {
    const len = Buffer.byteLength(ch);
    if (used + len > bytes) break;
    out += ch;
    used += len;
  }
  return out;
}
function makeObjectName(name1, name2, label) {
  let overhead = 0;
  if (name2) overhead += 1;
  if (label) overhead += Buffer.byteLength(label) + 1;
  const available = MAX_NAME_BYTES - overhead;
  let name1Bytes = Buffer.byteLength(name1);
  let name2Bytes = name2 ? Buffer.byteLength(name2) : 0;
  while (name1Bytes + name2Bytes > available) {
    if (name1Bytes > name2Bytes) name1Bytes--;
    else name2Bytes--;
  }
  let result = clip(name1, name1Bytes);
  if (name2) result += "_" + clip(name2, name2Bytes);
  if (label) result += "_" + label;
  return result;
}
function chooseName(name1, name2, label, isTaken) {
  let pass = 0;
  let candidate = makeObjectName(name1, name2, label);
  while (isTaken(candidate)) {
    pass++;
    candidate = makeObjectName(name1, name2, `${label}${pass}`);
  }
  return candidate;
}
function nameAddition(columnNames) {
  let result = "";
  for (const name of columnNames) {
    if (result) result += "_";
    result += name;
    if (Buffer.byteLength(result) >= MAX_NAME_BYTES) break;
  }
  return clip(result, MAX_NAME_BYTES);
}
function indexColumnNames(keys) {
  const names = [];
  const taken = /* @__PURE__ */ new Set();
  const nextNumber = /* @__PURE__ */ new Map();
  for (const key of keys) {
    const base = key.column ?? key.functionName ?? "expr";
    let name = base;
    if (taken.has(name)) {
      let i = nextNumber.get(base) ?? 1;
      for (name = numbered(base, i); taken.has(name); ) name = numbered(base, ++i);
      nextNumber.set(base, i + 1);
    }
    taken.add(name);
    names.push(name);
  }
  return names;
}
function numbered(base, i) {
  return clip(base, MAX_NAME_BYTES - String(i).length) + String(i);
}

// src/model/procedural.ts
var import_libpg_query = __toESM(require_wasm(), 1);

// src/model/types.ts
function newTable(schema, name, fields = {}) {
  return { schema, name, columns: [], unknownColumns: false, partitioned: false, partitionOf: null, inheritsFrom: [], foreignKeys: [], otherConstraints: [], ...fields };
}
function tableKey(schema, name) {
  return `${schema}.${name}`;
}

// src/model/procedural.ts
var DDL = /^\s*(create|alter|drop|reindex|cluster)\b/i;
var SCHEMA_WORDS = /\b(create|alter|drop|reindex|cluster|execute)\b/i;
function mayChangeSchema(body) {
  return SCHEMA_WORDS.test(body);
}
function planDoBlock(source, model) {
  const plan = { statements: [], unfollowed: [] };
  let tree;
  try {
    tree = (0, import_libpg_query.parsePlPgSQLSync)(source);
  } catch {
    plan.unfollowed.push("its body could not be read");
    return plan;
  }
  const action = tree.plpgsql_funcs?.[0]?.PLpgSQL_function?.action?.PLpgSQL_stmt_block;
  if (action) followBlock(action, model, plan);
  return plan;
}
function proceduralSchemaEffect(source) {
  try {
    return schemaEffectOf((0, import_libpg_query.parsePlPgSQLSync)(source));
  } catch {
    return null;
  }
}
function followBlock(block, model, plan) {
  if (block.exceptions) {
    const effect = schemaEffectOf(block.body);
    if (effect) plan.unfollowed.push(`${effect} inside a block with an EXCEPTION handler`);
    return;
  }
  followStatements(block.body ?? [], model, plan);
}
function followStatements(statements, model, plan) {
  for (const stmt of statements) {
    const query = execSqlQuery(stmt);
    if (query !== null) {
      if (DDL.test(query)) {
        try {
          for (const raw of (0, import_libpg_query.parseSync)(query).stmts ?? []) {
            const kind = Object.keys(raw.stmt)[0];
            plan.statements.push({ kind, node: raw.stmt[kind] });
          }
        } catch {
          plan.unfollowed.push(`${firstWords(query)} could not be read`);
        }
      }
      continue;
    }
    if (stmt.PLpgSQL_stmt_block) {
      followBlock(stmt.PLpgSQL_stmt_block, model, plan);
      continue;
    }
    if (stmt.PLpgSQL_stmt_if) {
      const branch = chooseBranch(stmt.PLpgSQL_stmt_if, model);
      if (branch) followStatements(branch, model, plan);
      else {
        const effect2 = schemaEffectOf(stmt);
        if (effect2) plan.unfollowed.push(`${effect2} under a condition that cannot be evaluated statically`);
      }
      continue;
    }
    if (stmt.PLpgSQL_stmt_dynexecute) {
      plan.unfollowed.push("runs dynamic SQL (EXECUTE)");
      continue;
    }
    const effect = schemaEffectOf(stmt);
    if (effect) plan.unfollowed.push(`${effect} inside ${Object.keys(stmt)[0].replace("PLpgSQL_stmt_", "").toUpperCase()}`);
  }
}
function chooseBranch(ifStmt, model) {
  const arms = [
    { cond: ifStmt.cond, body: ifStmt.then_body ?? [] },
    ...(ifStmt.elsif_list ?? []).map((e) => ({ cond: e.PLpgSQL_if_elsif.cond, body: e.PLpgSQL_if_elsif.stmts ?? [] }))
  ];
  for (const arm of arms) {
    const value = evaluateCondition(arm.cond?.PLpgSQL_expr?.query, model);
    if (value === null) return null;
    if (value) return arm.body;
  }
  return ifStmt.else_body ?? [];
}
function evaluateCondition(query, model) {
  if (!query) return null;
  let expr;
  try {
    expr = (0, import_libpg_query.parseSync)(`SELECT ${query}`).stmts?.[0]?.stmt?.SelectStmt?.targetList?.[0]?.ResTarget?.val;
  } catch {
    return null;
  }
  return evaluateExpression(expr, model);
}
function evaluateExpression(expr, model) {
  if (!expr) return null;
  if (expr.BoolExpr?.boolop === "NOT_EXPR") {
    const inner = evaluateExpression(expr.BoolExpr.args?.[0], model);
    return inner === null ? null : !inner;
  }
  const sublink = expr.SubLink;
  if (sublink?.subLinkType !== "EXISTS_SUBLINK") return null;
  const select = sublink.subselect?.SelectStmt;
  const from = select?.fromClause;
  if (!select || from?.length !== 1 || !from[0].RangeVar) return null;
  const catalog = from[0].RangeVar.relname;
  const equalities = stringEqualities(select.whereClause);
  if (!equalities) return null;
  const value = (...names) => names.map((n) => equalities.get(n)).find((v) => v !== void 0);
  switch (catalog) {
    case "pg_constraint":
    case "table_constraints": {
      const name = value("conname", "constraint_name");
      return name === void 0 ? null : [...model.schemas].some((s) => model.constraintNameTaken(s, name));
    }
    case "pg_indexes":
    case "pg_class": {
      const name = value("indexname", "relname");
      return name === void 0 ? null : [...model.schemas].some((s) => model.relationExists(s, name));
    }
    case "columns": {
      const table = value("table_name");
      const column = value("column_name");
      if (table === void 0 || column === void 0) return null;
      const schema = value("table_schema");
      const found = schema ? model.tables.get(tableKey(schema, table)) : model.findTable(void 0, table);
      if (found?.unknownColumns) return null;
      return found ? found.columns.some((c) => c.name === column) : false;
    }
    case "tables": {
      const table = value("table_name");
      if (table === void 0) return null;
      const schema = value("table_schema");
      return Boolean(schema ? model.tables.get(tableKey(schema, table)) : model.findTable(void 0, table));
    }
    default:
      return null;
  }
}
function stringEqualities(where2) {
  const out = /* @__PURE__ */ new Map();
  const visit = (node) => {
    if (!node) return false;
    if (node.BoolExpr?.boolop === "AND_EXPR") return (node.BoolExpr.args ?? []).every(visit);
    const e = node.A_Expr;
    if (e?.kind !== "AEXPR_OP" || e.name?.[0]?.String?.sval !== "=") return false;
    const fields = e.lexpr?.ColumnRef?.fields ?? [];
    const column = fields[fields.length - 1]?.String?.sval;
    const literal = e.rexpr?.A_Const?.sval?.sval ?? e.rexpr?.TypeCast?.arg?.A_Const?.sval?.sval;
    if (typeof column !== "string" || typeof literal !== "string") return true;
    out.set(column, literal);
    return true;
  };
  return visit(where2) ? out : null;
}
function schemaEffectOf(node) {
  const found = /* @__PURE__ */ new Set();
  walk(node, (n) => {
    if (n.PLpgSQL_stmt_dynexecute) found.add("runs dynamic SQL (EXECUTE)");
    const query = execSqlQuery(n);
    if (query && DDL.test(query)) found.add(`runs ${firstWords(query)}`);
  });
  return found.size ? [...found].join(", ") : null;
}
function execSqlQuery(node) {
  const query = node?.PLpgSQL_stmt_execsql?.sqlstmt?.PLpgSQL_expr?.query;
  return typeof query === "string" ? query : null;
}
function firstWords(query) {
  return query.trim().split(/\s+/).slice(0, 2).join(" ").toUpperCase();
}
function walk(node, visit) {
  if (Array.isArray(node)) node.forEach((n) => walk(n, visit));
  else if (node && typeof node === "object") {
    visit(node);
    Object.values(node).forEach((v) => walk(v, visit));
  }
}

// src/model/schema.ts
var TEMP_SCHEMA = "pg_temp";
var SchemaModel = class {
  tables = /* @__PURE__ */ new Map();
  /** Indexes by `schema.name` (indexes live in their table's schema). */
  indexes = /* @__PURE__ */ new Map();
  indexesByTable = /* @__PURE__ */ new Map();
  /** Other relations (sequences, views) whose names generated names must avoid. */
  otherRelations = /* @__PURE__ */ new Set();
  /** Constraint names per schema, counted, for PostgreSQL's name choice. */
  constraintNames = /* @__PURE__ */ new Map();
  schemas = /* @__PURE__ */ new Set(["public"]);
  /** Enum types by name, and domains by name with their base type. */
  enums = /* @__PURE__ */ new Set();
  domains = /* @__PURE__ */ new Map();
  searchPath = ["public"];
  /** Set once a table has partitions or inheriting children, so column changes must be passed down. */
  hasDescendantTables = false;
  /** The table a possibly unqualified name means, following search_path. */
  findTable(schema, name) {
    if (schema) return this.tables.get(tableKey(schema, name));
    for (const s of this.lookupPath()) {
      const t = this.tables.get(tableKey(s, name));
      if (t) return t;
    }
    return void 0;
  }
  /** The index a possibly unqualified name means, following search_path. */
  findIndex(schema, name) {
    if (schema) return this.indexes.get(tableKey(schema, name));
    for (const s of this.lookupPath()) {
      const i = this.indexes.get(tableKey(s, name));
      if (i) return i;
    }
    return void 0;
  }
  /** The session's temporary schema is searched first, as PostgreSQL does. */
  lookupPath() {
    return this.schemas.has(TEMP_SCHEMA) ? [TEMP_SCHEMA, ...this.searchPath] : this.searchPath;
  }
  /** Where an unqualified CREATE puts its object: the first existing schema of search_path. */
  creationSchema(schema) {
    if (schema) return schema;
    return this.searchPath.find((s) => this.schemas.has(s)) ?? "public";
  }
  relationExists(schema, name) {
    const key = tableKey(schema, name);
    return this.tables.has(key) || this.indexes.has(key) || this.otherRelations.has(key);
  }
  constraintNameTaken(schema, name) {
    return (this.constraintNames.get(tableKey(schema, name)) ?? 0) > 0;
  }
  countConstraintName(schema, name, delta) {
    const key = tableKey(schema, name);
    const n = (this.constraintNames.get(key) ?? 0) + delta;
    if (n > 0) this.constraintNames.set(key, n);
    else this.constraintNames.delete(key);
  }
  indexesOn(table) {
    const set = this.indexesByTable.get(table);
    return set ? [...set] : [];
  }
  addTable(table) {
    this.tables.set(tableKey(table.schema, table.name), table);
    this.schemas.add(table.schema);
  }
  addIndex(index) {
    this.indexes.set(tableKey(index.schema, index.name), index);
    let set = this.indexesByTable.get(index.table);
    if (!set) this.indexesByTable.set(index.table, set = /* @__PURE__ */ new Set());
    set.add(index);
    if (index.constraint) this.countConstraintName(index.schema, index.constraint.name, 1);
  }
  removeIndex(index) {
    this.unregisterIndex(index);
    if (this.tables.get(index.table)?.partitioned) {
      for (const child of [...this.allIndexes()]) if (child.parentIndex === index) this.removeIndex(child);
    }
  }
  /** Takes an index out of the lookups, and nothing else (its partitions' copies stay). */
  unregisterIndex(index) {
    this.indexes.delete(tableKey(index.schema, index.name));
    this.indexesByTable.get(index.table)?.delete(index);
    if (index.constraint) this.countConstraintName(index.schema, index.constraint.name, -1);
  }
  renameIndex(index, newName) {
    this.indexes.delete(tableKey(index.schema, index.name));
    index.name = newName;
    this.indexes.set(tableKey(index.schema, index.name), index);
  }
  /** Makes an index the one behind a constraint (a PRIMARY KEY's index is unique). */
  setIndexConstraint(index, constraint) {
    this.unregisterIndex(index);
    index.constraint = constraint;
    if (constraint.kind !== "exclusion") index.unique = true;
    this.addIndex(index);
  }
  addForeignKey(table, fk) {
    table.foreignKeys.push(fk);
    this.countConstraintName(table.schema, fk.name, 1);
  }
  removeForeignKey(table, fk) {
    table.foreignKeys = table.foreignKeys.filter((f) => f !== fk);
    this.countConstraintName(table.schema, fk.name, -1);
    if (!table.partitioned) return;
    for (const t of this.tables.values()) {
      for (const child of t.foreignKeys.filter((f) => f.parentForeignKey === fk)) this.removeForeignKey(t, child);
    }
  }
  /** Moves a table (and its indexes) to a new key: rename or SET SCHEMA. */
  moveTable(table, schema, name) {
    const oldKey = tableKey(table.schema, table.name);
    const newKey = tableKey(schema, name);
    const indexes = this.indexesOn(oldKey);
    for (const index of indexes) this.unregisterIndex(index);
    for (const fk of table.foreignKeys) this.countConstraintName(table.schema, fk.name, -1);
    this.tables.delete(oldKey);
    table.schema = schema;
    table.name = name;
    this.addTable(table);
    for (const fk of table.foreignKeys) {
      fk.table = newKey;
      this.countConstraintName(schema, fk.name, 1);
    }
    for (const index of indexes) {
      index.table = newKey;
      index.schema = schema;
      this.addIndex(index);
    }
    for (const t of this.tables.values()) {
      for (const fk of t.foreignKeys) if (fk.referencedTable === oldKey) fk.referencedTable = newKey;
      if (t.partitionOf === oldKey) t.partitionOf = newKey;
      t.inheritsFrom = t.inheritsFrom.map((k) => k === oldKey ? newKey : k);
    }
  }
  removeTable(table) {
    const key = tableKey(table.schema, table.name);
    for (const index of this.indexesOn(key)) this.removeIndex(index);
    for (const fk of [...table.foreignKeys]) this.removeForeignKey(table, fk);
    for (const name of table.otherConstraints) this.countConstraintName(table.schema, name, -1);
    this.tables.delete(key);
  }
  *allIndexes() {
    yield* this.indexes.values();
  }
  *allForeignKeys() {
    for (const t of this.tables.values()) yield* t.foreignKeys;
  }
  column(table, column) {
    return this.tables.get(table)?.columns.find((c) => c.name === column);
  }
};

// src/model/replay.ts
var MAX_COLUMNS = 1600;
function addedColumnCount(cmds, table) {
  const names = cmds.flatMap((item) => item.AlterTableCmd?.subtype === "AT_AddColumn" ? [item.AlterTableCmd.def?.ColumnDef?.colname] : []);
  if (!names.length) return 0;
  const existing = new Set(table.columns.map((c) => c.name));
  return new Set(names.filter((n) => !existing.has(n))).size;
}
var Replayer = class {
  constructor(model) {
    this.model = model;
  }
  model;
  origin;
  note;
  touched = /* @__PURE__ */ new Set();
  statementText = "";
  /** Applies one statement; returns the keys of the tables whose indexes or foreign keys it may have changed. */
  apply(statement, origin, note) {
    this.origin = origin;
    this.note = note;
    this.touched = /* @__PURE__ */ new Set();
    this.statementText = statement.text;
    this.dispatch(statement.kind, statement.node);
    return this.touched;
  }
  /** What each kind of statement does to the model; every other kind (DML, grants, comments, triggers...) cannot change indexes. */
  handlers = /* @__PURE__ */ new Map([
    ["CreateStmt", (node) => this.createTable(node)],
    ["IndexStmt", (node) => this.createIndex(node)],
    ["DropStmt", (node) => this.drop(node)],
    ["AlterTableStmt", (node) => this.alterTable(node)],
    ["RenameStmt", (node) => this.rename(node)],
    ["AlterObjectSchemaStmt", (node) => this.setSchema(node)],
    ["CreateSchemaStmt", (node) => this.createSchema(node)],
    ["VariableSetStmt", (node) => this.setVariable(node)],
    ["SelectStmt", (node) => this.selectSetConfig(node)],
    ["CreateEnumStmt", (node) => void this.model.enums.add(lastName(node.typeName))],
    ["CreateDomainStmt", (node) => void this.model.domains.set(lastName(node.domainname), this.typeOf(node.typeName))],
    ["CreateSeqStmt", (node) => this.otherRelation(node.sequence)],
    ["ViewStmt", (node) => this.otherRelation(node.view)],
    ["CreateTableAsStmt", (node) => this.createTableAs(node)],
    ["ClusterStmt", (node) => this.cluster(node)],
    ["DoStmt", (node) => this.doBlock(node)],
    ["CreateFunctionStmt", (node) => this.createFunction(node)]
  ]);
  /** The statement kinds the replay reads: the parser need not build trees for the others. */
  kinds = new Set(this.handlers.keys());
  dispatch(kind, node) {
    if (node) this.handlers.get(kind)?.(node);
  }
  // ---- tables ------------------------------------------------------------
  createTable(node) {
    const rv = node.relation;
    const temporary = rv.relpersistence === "t";
    const schema = temporary ? TEMP_SCHEMA : this.model.creationSchema(rv.schemaname);
    const key = tableKey(schema, rv.relname);
    const existing = this.model.tables.get(key);
    if (existing) {
      if (!node.if_not_exists) this.note(`table ${rv.relname} already exists: PostgreSQL rejects this statement, so it is not applied`);
      return;
    }
    const columnDefs = (node.tableElts ?? []).filter((elt) => elt.ColumnDef).length;
    if (columnDefs > MAX_COLUMNS) return this.tooManyColumns(rv.relname, columnDefs);
    const table = newTable(schema, rv.relname, { partitioned: Boolean(node.partspec) });
    const pending = [];
    const likePending = [];
    const fks = [];
    const parentRv = node.partbound ? node.inhRelations?.[0]?.RangeVar : void 0;
    const parent = parentRv ? this.model.findTable(parentRv.schemaname, parentRv.relname) : void 0;
    if (parent) {
      table.columns = parent.columns.map((c) => ({ ...c }));
      table.partitionOf = tableKey(parent.schema, parent.name);
      this.model.hasDescendantTables = true;
    } else if (parentRv) {
      table.unknownColumns = true;
    }
    for (const inh of node.partbound ? [] : node.inhRelations ?? []) {
      const p = this.model.findTable(inh.RangeVar?.schemaname, inh.RangeVar?.relname);
      if (p) {
        table.columns.push(...p.columns.map((c) => ({ ...c })));
        table.inheritsFrom.push(tableKey(p.schema, p.name));
        this.model.hasDescendantTables = true;
      } else table.unknownColumns = true;
    }
    if (node.ofTypename) table.unknownColumns = true;
    this.model.addTable(table);
    this.touched.add(key);
    for (const elt of node.tableElts ?? []) {
      if (elt.ColumnDef) this.addColumn(table, elt.ColumnDef, pending, fks);
      else if (elt.Constraint) this.tableConstraint(table, elt.Constraint, pending, fks);
      else if (elt.TableLikeClause) this.likeClause(table, elt.TableLikeClause, likePending);
    }
    if (parent) this.inheritFromParent(table, parent, false);
    this.createPendingIndexes(table, pending, false);
    for (const p of likePending) this.buildIndex(table, p, false);
    this.createPendingForeignKeys(table, fks);
  }
  /** The limit also keeps replay linear: a table's columns are looked up by name in a list. */
  tooManyColumns(table, count) {
    this.note(`table ${table} would have ${count} columns, more than PostgreSQL's ${MAX_COLUMNS}: PostgreSQL rejects this statement, so it is not applied`);
  }
  addColumn(table, def, pending, fks) {
    const typeName = def.typeName ? this.typeOf(def.typeName) : null;
    const collation = def.collClause ? collationName(def.collClause.collname) : null;
    const existing = table.columns.find((c) => c.name === def.colname);
    if (existing) {
      if (collation) existing.collation = collation;
    } else {
      table.columns.push({ name: def.colname, type: typeName ?? "unknown", collation });
      const identity = (def.constraints ?? []).some((c) => c.Constraint?.contype === "CONSTR_IDENTITY");
      if (def.typeName && isSerial(def.typeName) || identity) {
        const sequence = chooseName(table.name, def.colname, "seq", (n) => this.model.relationExists(table.schema, n));
        this.model.otherRelations.add(tableKey(table.schema, sequence));
      }
    }
    for (const c of def.constraints ?? []) {
      const con = c.Constraint;
      if (!con) continue;
      if (con.contype === "CONSTR_PRIMARY" || con.contype === "CONSTR_UNIQUE") {
        pending.push(this.pendingFromConstraint({ ...con, keys: [{ String: { sval: def.colname } }] }));
      } else if (con.contype === "CONSTR_FOREIGN") {
        fks.push({ name: con.conname ?? null, columns: [def.colname], refTable: con.pktable, refColumns: strings(con.pk_attrs) });
      } else if (con.conname) {
        this.addOtherConstraint(table, con.conname);
      }
    }
  }
  addOtherConstraint(table, name) {
    table.otherConstraints.push(name);
    this.model.countConstraintName(table.schema, name, 1);
  }
  tableConstraint(table, con, pending, fks) {
    switch (con.contype) {
      case "CONSTR_PRIMARY":
      case "CONSTR_UNIQUE":
      case "CONSTR_EXCLUSION":
        pending.push(this.pendingFromConstraint(con));
        return;
      case "CONSTR_FOREIGN":
        fks.push({ name: con.conname ?? null, columns: strings(con.fk_attrs), refTable: con.pktable, refColumns: strings(con.pk_attrs) });
        return;
      default:
        if (con.conname) this.addOtherConstraint(table, con.conname);
    }
  }
  pendingFromConstraint(con) {
    const kind = con.contype === "CONSTR_PRIMARY" ? "primary" : con.contype === "CONSTR_UNIQUE" ? "unique" : "exclusion";
    const elems = kind === "exclusion" ? (con.exclusions ?? []).map((pair) => pair.List.items[0].IndexElem) : strings(con.keys).map((name) => ({ name, ordering: "SORTBY_DEFAULT", nulls_ordering: "SORTBY_NULLS_DEFAULT" }));
    return {
      name: con.conname ?? null,
      method: kind === "exclusion" ? con.access_method ?? "gist" : "btree",
      elems,
      include: strings(con.including),
      where: con.where_clause ?? null,
      unique: kind !== "exclusion",
      nullsNotDistinct: Boolean(con.nulls_not_distinct),
      constraint: kind,
      deferrable: Boolean(con.deferrable),
      initiallyDeferred: Boolean(con.initdeferred),
      usingIndex: con.indexname ?? null
    };
  }
  /** LIKE ... INCLUDING INDEXES copies the source's indexes (never its foreign keys). */
  likeClause(table, like, pending) {
    const source = this.model.findTable(like.relation.schemaname, like.relation.relname);
    if (!source) {
      table.unknownColumns = true;
      this.note(`LIKE ${like.relation.relname}: the table is not in the model, its columns and indexes are unknown`);
      return;
    }
    for (const c of source.columns) if (!table.columns.some((x) => x.name === c.name)) table.columns.push({ ...c });
    const options = like.options ?? 0;
    const INCLUDING_INDEXES = 1 << 6;
    if ((options & INCLUDING_INDEXES) === 0) return;
    for (const index of this.model.indexesOn(tableKey(source.schema, source.name))) {
      pending.push({
        name: null,
        method: index.method,
        elems: index.keys.map((k, i) => keyToElem(k, index.expressionNodes?.[i] ?? null)),
        include: [...index.include],
        where: index.predicateNode ?? null,
        unique: index.unique,
        nullsNotDistinct: index.nullsNotDistinct,
        constraint: index.constraint?.kind ?? null,
        deferrable: index.constraint?.deferrable ?? false,
        initiallyDeferred: false,
        usingIndex: null
      });
    }
  }
  /**
   * Creates the indexes of one CREATE TABLE or ALTER TABLE, merging identical
   * PRIMARY KEY / UNIQUE specifications into one index as PostgreSQL does
   * (transformIndexConstraints): `id int PRIMARY KEY UNIQUE` is one index.
   */
  createPendingIndexes(table, pending, only) {
    const ordered = [...pending.filter((p) => p.constraint === "primary"), ...pending.filter((p) => p.constraint !== "primary")];
    const kept = [];
    for (const p of ordered) {
      if (p.usingIndex) {
        kept.push(p);
        continue;
      }
      const prior = kept.find((k) => !k.usingIndex && samePendingDefinition(k, p));
      if (prior) {
        prior.unique ||= p.unique;
        prior.name ??= p.name;
        continue;
      }
      kept.push(p);
    }
    for (const p of kept) {
      if (p.usingIndex) this.constraintUsingIndex(table, p);
      else this.buildIndex(table, p, only);
    }
    if (kept.length && table.partitioned && !only) {
      for (const child of this.partitionsOf(table)) this.inheritFromParent(child, table, true);
    }
  }
  constraintUsingIndex(table, p) {
    const index = this.model.findIndex(table.schema, p.usingIndex);
    if (!index) {
      this.note(`constraint uses index ${p.usingIndex}, which is not in the model`);
      return;
    }
    const name = p.name ?? index.name;
    if (name !== index.name) this.model.renameIndex(index, name);
    this.model.setIndexConstraint(index, { name, kind: p.constraint, deferrable: p.deferrable });
    this.touched.add(index.table);
  }
  createPendingForeignKeys(table, fks) {
    const chosen = [];
    for (const fk of fks) {
      const refTable = this.model.findTable(fk.refTable.schemaname, fk.refTable.relname);
      let refColumns = fk.refColumns;
      if (refColumns.length === 0 && refTable) {
        const pk = this.model.indexesOn(tableKey(refTable.schema, refTable.name)).find((i) => i.constraint?.kind === "primary");
        refColumns = pk ? pk.keys.map((k) => k.kind === "column" ? k.column : k.expression) : [];
      }
      const name = fk.name ?? chooseName(table.name, nameAddition(fk.columns), "fkey", (n) => chosen.includes(n) || this.model.constraintNameTaken(table.schema, n));
      chosen.push(name);
      const created = {
        name,
        table: tableKey(table.schema, table.name),
        columns: fk.columns,
        referencedTable: refTable ? tableKey(refTable.schema, refTable.name) : tableKey(this.model.creationSchema(fk.refTable.schemaname), fk.refTable.relname),
        referencedColumns: refColumns,
        origin: this.origin,
        parentForeignKey: null
      };
      this.model.addForeignKey(table, created);
      if (table.partitioned) {
        for (const child of this.partitionsOf(table)) this.copyForeignKey(child, created);
      }
      this.touched.add(created.table);
    }
  }
  /** The table, and unless ONLY, its partitions and inheriting tables, all the way down. */
  withDescendants(table, only) {
    const out = [table];
    if (only || !this.model.hasDescendantTables) return out;
    for (let i = 0; i < out.length; i++) {
      const key = tableKey(out[i].schema, out[i].name);
      for (const t of this.model.tables.values()) {
        if ((t.partitionOf === key || t.inheritsFrom.includes(key)) && !out.includes(t)) out.push(t);
      }
    }
    return out;
  }
  partitionsOf(table) {
    const key = tableKey(table.schema, table.name);
    return [...this.model.tables.values()].filter((t) => t.partitionOf === key);
  }
  copyForeignKey(child, parentFk) {
    if (child.foreignKeys.some((f) => f.parentForeignKey === parentFk)) return;
    this.model.addForeignKey(child, { ...parentFk, table: tableKey(child.schema, child.name), parentForeignKey: parentFk });
  }
  /** A partition gets a copy of each of its parent's indexes and foreign keys. */
  inheritFromParent(child, parent, attachExisting) {
    const childKey = tableKey(child.schema, child.name);
    for (const parentIndex of this.model.indexesOn(tableKey(parent.schema, parent.name))) {
      if (this.model.indexesOn(childKey).some((i) => i.parentIndex === parentIndex)) continue;
      const existing = attachExisting ? this.model.indexesOn(childKey).find((i) => !i.parentIndex && sameDefinition(i, parentIndex)) : void 0;
      if (existing) {
        existing.parentIndex = parentIndex;
        continue;
      }
      const names = indexColumnNames(parentIndex.keys.map((k) => k.kind === "column" ? { column: k.column } : { functionName: null }));
      const label = parentIndex.constraint?.kind === "primary" ? "pkey" : parentIndex.constraint ? parentIndex.constraint.kind === "exclusion" ? "excl" : "key" : "idx";
      const name = chooseName(child.name, label === "pkey" ? null : nameAddition(names), label, (n) => this.model.relationExists(child.schema, n));
      this.model.addIndex({
        ...parentIndex,
        schema: child.schema,
        name,
        table: childKey,
        constraint: parentIndex.constraint ? { ...parentIndex.constraint, name } : null,
        parentIndex,
        origin: this.origin
      });
    }
    for (const fk of parent.foreignKeys) this.copyForeignKey(child, fk);
    this.touched.add(childKey);
  }
  createTableAs(node) {
    const into = node.into?.rel;
    if (!into) return;
    const schema = this.model.creationSchema(into.schemaname);
    if (this.model.tables.has(tableKey(schema, into.relname))) return;
    this.model.addTable(newTable(schema, into.relname, { unknownColumns: true }));
  }
  otherRelation(rv) {
    if (rv) this.model.otherRelations.add(tableKey(this.model.creationSchema(rv.schemaname), rv.relname));
  }
  // ---- indexes -----------------------------------------------------------
  createIndex(node) {
    const rv = node.relation;
    const table = this.tableFor(rv);
    const pending = {
      name: node.idxname ?? null,
      method: (node.accessMethod ?? "btree").toLowerCase(),
      elems: (node.indexParams ?? []).map((p) => p.IndexElem),
      include: (node.indexIncludingParams ?? []).map((p) => p.IndexElem.name).filter(Boolean),
      where: node.whereClause ?? null,
      unique: Boolean(node.unique),
      nullsNotDistinct: Boolean(node.nulls_not_distinct),
      constraint: null,
      deferrable: false,
      initiallyDeferred: false,
      usingIndex: null
    };
    const only = rv.inh !== true;
    if (node.idxname && this.model.relationExists(table.schema, node.idxname)) {
      this.existingName(table, node, pending, only);
      return;
    }
    const index = this.buildIndex(table, pending, only);
    if (index && table.partitioned && rv.inh === true) {
      for (const child of this.partitionsOf(table)) this.inheritFromParent(child, table, true);
    }
  }
  /**
   * CREATE INDEX of a name that is taken. Over a live database, an index
   * already there with the same definition means the migration was applied;
   * another definition is a conflict. Otherwise PostgreSQL rejects the statement
   * (or, with IF NOT EXISTS, skips it).
   */
  existingName(table, node, pending, only) {
    const name = node.idxname;
    const existing = this.model.indexes.get(tableKey(table.schema, name));
    if (existing && existing.origin.file === null) {
      const candidate = this.makeIndex(table, pending, only);
      if (existing.table === candidate.table && sameDefinition(existing, candidate)) {
        this.note(`index ${name} is already in the database with this definition: treated as applied`);
      } else {
        this.note(
          `index ${name} already exists in the database with another definition: this statement ${node.if_not_exists ? "does nothing (IF NOT EXISTS), so the index it describes is never built" : "fails"}`,
          "conflict"
        );
      }
      return;
    }
    if (!node.if_not_exists) this.note(`relation ${name} already exists: PostgreSQL rejects this statement, so it is not applied`);
  }
  /** The table a statement names; a table the model has never seen is added with unknown columns. */
  tableFor(rv) {
    const found = this.model.findTable(rv.schemaname, rv.relname);
    if (found) return found;
    const schema = this.model.creationSchema(rv.schemaname);
    const table = newTable(schema, rv.relname, { unknownColumns: true });
    this.model.addTable(table);
    this.note(`table ${rv.relname} is not created by the migrations read: only the indexes and foreign keys they add to it are known`);
    return table;
  }
  buildIndex(table, p, only) {
    const index = this.makeIndex(table, p, only);
    this.model.addIndex(index);
    this.touched.add(index.table);
    return index;
  }
  /** The index a specification makes on a table, named as PostgreSQL would, not yet in the model. */
  makeIndex(table, p, only) {
    const key = tableKey(table.schema, table.name);
    const keys = [];
    const expressionNodes = [];
    const nameParts = [];
    for (const written of p.elems) {
      const elem = simpleColumnElem(written, table);
      const descending = elem.ordering === "SORTBY_DESC";
      const nullsFirst = elem.nulls_ordering === "SORTBY_NULLS_FIRST" ? true : elem.nulls_ordering === "SORTBY_NULLS_LAST" ? false : descending;
      if (elem.name) {
        const column = table.columns.find((c) => c.name === elem.name);
        const type = column ? column.type : null;
        keys.push({
          kind: "column",
          column: elem.name,
          opclass: this.normalOpclass(elem.opclass, p.method, type),
          collation: normalCollation(elem.collation, column?.collation ?? null),
          descending,
          nullsFirst
        });
        expressionNodes.push(null);
        nameParts.push({ column: elem.name });
      } else {
        const expr = normalizeExpression(stripLocations(elem.expr));
        keys.push({
          kind: "expression",
          expression: expressionText(expr),
          columns: [...referencedColumns(expr)],
          opclass: this.normalOpclass(elem.opclass, p.method, null),
          collation: normalCollation(elem.collation, null),
          descending,
          nullsFirst
        });
        expressionNodes.push(expr);
        nameParts.push({ functionName: figureColumnName(expr) });
      }
    }
    const isConstraint = p.constraint !== null;
    const label = p.constraint === "primary" ? "pkey" : p.constraint === "exclusion" ? "excl" : isConstraint ? "key" : "idx";
    const name = p.name ?? chooseName(
      table.name,
      p.constraint === "primary" ? null : nameAddition(indexColumnNames(nameParts)),
      label,
      (n) => this.model.relationExists(table.schema, n) || isConstraint && this.model.constraintNameTaken(table.schema, n)
    );
    const predicateNode = p.where ? normalizeExpression(stripLocations(p.where)) : null;
    return {
      schema: table.schema,
      name,
      table: key,
      method: p.method,
      keys,
      include: [...p.include],
      predicate: predicateNode ? expressionText(predicateNode) : null,
      unique: p.unique || p.constraint === "primary",
      nullsNotDistinct: p.nullsNotDistinct,
      constraint: p.constraint ? { name, kind: p.constraint, deferrable: p.deferrable } : null,
      // CREATE INDEX ON ONLY a partitioned table with partitions is invalid until every partition's index is attached.
      valid: !(only && table.partitioned && this.partitionsOf(table).length > 0),
      replicaIdentity: false,
      clustered: false,
      parentIndex: null,
      origin: this.origin,
      expressionNodes: expressionNodes.some(Boolean) ? expressionNodes : void 0,
      predicateNode
    };
  }
  normalOpclass(opclass, method, type) {
    if (!opclass || opclass.length === 0) return null;
    const name = lastName(opclass).toLowerCase();
    return name === defaultOpclass(method, type, this.model.enums) ? null : name;
  }
  drop(node) {
    const cascade = node.behavior === "DROP_CASCADE";
    switch (node.removeType) {
      case "OBJECT_INDEX":
        for (const obj of node.objects ?? []) {
          const [schema, name] = qualified(obj);
          const index = this.model.findIndex(schema, name);
          if (!index) {
            if (!node.missing_ok) this.note(`DROP INDEX ${name}: the index is not in the model`);
            continue;
          }
          this.dropIndex(index, cascade);
        }
        return;
      case "OBJECT_TABLE":
      case "OBJECT_MATVIEW":
      case "OBJECT_FOREIGN_TABLE":
        for (const obj of node.objects ?? []) {
          const [schema, name] = qualified(obj);
          const table = this.model.findTable(schema, name);
          if (table) this.dropTable(table);
        }
        return;
      case "OBJECT_SEQUENCE":
      case "OBJECT_VIEW":
        for (const obj of node.objects ?? []) {
          const [schema, name] = qualified(obj);
          for (const s of schema ? [schema] : this.model.searchPath) this.model.otherRelations.delete(tableKey(s, name));
        }
        return;
      case "OBJECT_SCHEMA":
        for (const obj of node.objects ?? []) {
          const schema = obj.String?.sval;
          if (!schema) continue;
          for (const t of [...this.model.tables.values()]) if (t.schema === schema) this.dropTable(t);
          for (const k of [...this.model.otherRelations]) if (k.startsWith(`${schema}.`)) this.model.otherRelations.delete(k);
          this.model.schemas.delete(schema);
        }
        return;
      default:
    }
  }
  dropIndex(index, cascade) {
    this.model.removeIndex(index);
    this.touched.add(index.table);
    if (cascade && index.unique) this.dropForeignKeysReferencing(index);
  }
  /** With CASCADE, dropping a unique index drops the foreign keys that depend on it. */
  dropForeignKeysReferencing(index) {
    const cols = index.keys.map((k) => k.kind === "column" ? k.column : "").sort().join(",");
    for (const t of this.model.tables.values()) {
      for (const fk of [...t.foreignKeys]) {
        if (fk.referencedTable === index.table && [...fk.referencedColumns].sort().join(",") === cols) {
          this.model.removeForeignKey(t, fk);
          this.touched.add(fk.table);
        }
      }
    }
  }
  dropTable(table) {
    const key = tableKey(table.schema, table.name);
    for (const t of this.model.tables.values()) {
      for (const fk of [...t.foreignKeys]) {
        if (fk.referencedTable === key && t !== table) {
          this.model.removeForeignKey(t, fk);
          this.touched.add(fk.table);
        }
      }
    }
    for (const child of this.partitionsOf(table)) this.dropTable(child);
    this.model.removeTable(table);
    this.touched.add(key);
  }
  // ---- ALTER TABLE ---------------------------------------------------------
  alterTable(node) {
    const rv = node.relation;
    if (node.objtype === "OBJECT_INDEX") return this.alterIndex(node);
    if (node.objtype && node.objtype !== "OBJECT_TABLE") return;
    if (node.missing_ok && !this.model.findTable(rv.schemaname, rv.relname)) return;
    const target = this.tableFor(rv);
    const only = rv.inh !== true;
    const fks = [];
    const columnCount = target.columns.length + addedColumnCount(node.cmds ?? [], target);
    if (columnCount > MAX_COLUMNS) return this.tooManyColumns(target.name, columnCount);
    for (const item of node.cmds ?? []) {
      const cmd = item.AlterTableCmd;
      if (!cmd) continue;
      const pending = [];
      switch (cmd.subtype) {
        case "AT_AddColumn":
          if (cmd.missing_ok && target.columns.some((c) => c.name === cmd.def.ColumnDef.colname)) break;
          this.addColumn(target, cmd.def.ColumnDef, pending, fks);
          break;
        case "AT_AddConstraint":
          this.tableConstraint(target, cmd.def.Constraint, pending, fks);
          break;
        case "AT_DropConstraint":
          this.dropConstraint(target, cmd.name, cmd.behavior === "DROP_CASCADE");
          break;
        case "AT_DropColumn":
          for (const t of this.withDescendants(target, only)) this.dropColumn(t, cmd.name, cmd.behavior === "DROP_CASCADE");
          break;
        case "AT_AlterColumnType":
          for (const t of this.withDescendants(target, only)) this.alterColumnType(t, cmd.name, cmd.def.ColumnDef);
          break;
        case "AT_AttachPartition":
          this.attachPartition(target, cmd.def.PartitionCmd.name);
          break;
        case "AT_DetachPartition":
        case "AT_DetachPartitionFinalize":
          this.detachPartition(target, cmd.def.PartitionCmd.name);
          break;
        case "AT_ReplicaIdentity": {
          const ri = cmd.def?.ReplicaIdentityStmt;
          for (const index of this.model.indexesOn(tableKey(target.schema, target.name))) index.replicaIdentity = ri?.identity_type === "i" && index.name === ri.name;
          break;
        }
        case "AT_ClusterOn":
          for (const index of this.model.indexesOn(tableKey(target.schema, target.name))) index.clustered = index.name === cmd.name;
          break;
        case "AT_DropCluster":
          for (const index of this.model.indexesOn(tableKey(target.schema, target.name))) index.clustered = false;
          break;
        default:
      }
      this.createPendingIndexes(target, pending, only);
    }
    this.createPendingForeignKeys(target, fks);
  }
  alterIndex(node) {
    for (const item of node.cmds ?? []) {
      const cmd = item.AlterTableCmd;
      if (cmd?.subtype !== "AT_AttachPartition") continue;
      const parent = this.model.findIndex(node.relation.schemaname, node.relation.relname);
      const childRv = cmd.def.PartitionCmd.name;
      const child = this.model.findIndex(childRv.schemaname, childRv.relname);
      if (!parent || !child) continue;
      child.parentIndex = parent;
      const parentTable = this.model.tables.get(parent.table);
      if (parentTable) {
        const partitions = this.partitionsOf(parentTable);
        parent.valid = partitions.every((p) => this.model.indexesOn(tableKey(p.schema, p.name)).some((i) => i.parentIndex === parent));
      }
      this.touched.add(parent.table);
    }
  }
  dropConstraint(table, name, cascade) {
    const key = tableKey(table.schema, table.name);
    const index = this.model.indexesOn(key).find((i) => i.constraint?.name === name);
    if (index) {
      this.dropIndex(index, cascade);
      return;
    }
    const fk = table.foreignKeys.find((f) => f.name === name);
    if (fk) {
      this.model.removeForeignKey(table, fk);
      this.touched.add(key);
      return;
    }
    const other = table.otherConstraints.indexOf(name);
    if (other >= 0) {
      table.otherConstraints.splice(other, 1);
      this.model.countConstraintName(table.schema, name, -1);
    }
  }
  /** DROP COLUMN silently drops every index and constraint that uses the column. */
  dropColumn(table, column, cascade) {
    const key = tableKey(table.schema, table.name);
    table.columns = table.columns.filter((c) => c.name !== column);
    for (const index of this.model.indexesOn(key)) {
      if (indexUsesColumn(index, column)) this.dropIndex(index, cascade);
    }
    for (const fk of [...table.foreignKeys]) if (fk.columns.includes(column)) this.model.removeForeignKey(table, fk);
    if (cascade) {
      for (const t of this.model.tables.values()) {
        for (const fk of [...t.foreignKeys]) {
          if (fk.referencedTable === key && fk.referencedColumns.includes(column)) {
            this.model.removeForeignKey(t, fk);
            this.touched.add(fk.table);
          }
        }
      }
    }
    this.touched.add(key);
  }
  alterColumnType(table, column, def) {
    const col = table.columns.find((c) => c.name === column);
    if (!col) return;
    col.type = this.typeOf(def.typeName);
    if (def.collClause) col.collation = collationName(def.collClause.collname);
    this.touched.add(tableKey(table.schema, table.name));
    const key = tableKey(table.schema, table.name);
    for (const t of this.model.tables.values()) for (const fk of t.foreignKeys) if (fk.referencedTable === key) this.touched.add(fk.table);
  }
  attachPartition(parent, childRv) {
    const child = this.model.findTable(childRv.schemaname, childRv.relname);
    if (!child) return;
    child.partitionOf = tableKey(parent.schema, parent.name);
    this.model.hasDescendantTables = true;
    this.inheritFromParent(child, parent, true);
  }
  /** A detached partition keeps its indexes and foreign keys as its own. */
  detachPartition(parent, childRv) {
    const child = this.model.findTable(childRv.schemaname, childRv.relname);
    if (!child) return;
    child.partitionOf = null;
    const childKey = tableKey(child.schema, child.name);
    for (const index of this.model.indexesOn(childKey)) index.parentIndex = null;
    for (const fk of child.foreignKeys) fk.parentForeignKey = null;
    this.touched.add(childKey);
    this.touched.add(tableKey(parent.schema, parent.name));
  }
  // ---- renames and schemas ---------------------------------------------------
  rename(node) {
    const rv = node.relation;
    switch (node.renameType) {
      case "OBJECT_TABLE":
      case "OBJECT_MATVIEW": {
        const table = rv && this.model.findTable(rv.schemaname, rv.relname);
        if (table) {
          this.model.moveTable(table, table.schema, node.newname);
          this.touched.add(tableKey(table.schema, table.name));
        } else if (rv) {
          this.renameOtherRelation(rv, node.newname);
        }
        return;
      }
      case "OBJECT_INDEX": {
        const index = rv && this.model.findIndex(rv.schemaname, rv.relname);
        if (index) {
          if (index.constraint) {
            this.model.countConstraintName(index.schema, index.constraint.name, -1);
            index.constraint.name = node.newname;
            this.model.countConstraintName(index.schema, node.newname, 1);
          }
          this.model.renameIndex(index, node.newname);
        } else if (rv) {
          this.renameOtherRelation(rv, node.newname);
        }
        return;
      }
      case "OBJECT_SEQUENCE":
      case "OBJECT_VIEW":
        if (rv) this.renameOtherRelation(rv, node.newname);
        return;
      case "OBJECT_COLUMN": {
        const table = rv && this.model.findTable(rv.schemaname, rv.relname);
        if (table) for (const t of this.withDescendants(table, rv.inh !== true)) this.renameColumn(t, node.subname, node.newname);
        return;
      }
      case "OBJECT_TABCONSTRAINT": {
        const table = rv && this.model.findTable(rv.schemaname, rv.relname);
        if (table) this.renameConstraint(table, node.subname, node.newname);
        return;
      }
      case "OBJECT_SCHEMA": {
        const from = node.subname;
        const to = node.newname;
        this.model.schemas.delete(from);
        this.model.schemas.add(to);
        for (const t of [...this.model.tables.values()]) if (t.schema === from) this.model.moveTable(t, to, t.name);
        return;
      }
      default:
    }
  }
  renameOtherRelation(rv, newName) {
    for (const s of rv.schemaname ? [rv.schemaname] : this.model.searchPath) {
      if (this.model.otherRelations.delete(tableKey(s, rv.relname))) {
        this.model.otherRelations.add(tableKey(s, newName));
        return;
      }
    }
  }
  renameColumn(table, from, to) {
    const key = tableKey(table.schema, table.name);
    const col = table.columns.find((c) => c.name === from);
    if (col) col.name = to;
    for (const index of this.model.indexesOn(key)) {
      index.keys = index.keys.map((k, i) => {
        if (k.kind === "column") return k.column === from ? { ...k, column: to } : k;
        const tree = index.expressionNodes?.[i];
        if (!tree || !k.columns.includes(from)) return k;
        renameColumnInTree(tree, from, to);
        return { ...k, expression: expressionText(tree), columns: [...referencedColumns(tree)] };
      });
      index.include = index.include.map((c) => c === from ? to : c);
      if (index.predicateNode && referencedColumns(index.predicateNode).has(from)) {
        renameColumnInTree(index.predicateNode, from, to);
        index.predicate = expressionText(index.predicateNode);
      }
    }
    for (const fk of table.foreignKeys) fk.columns = fk.columns.map((c) => c === from ? to : c);
    for (const t of this.model.tables.values()) {
      for (const fk of t.foreignKeys) if (fk.referencedTable === key) fk.referencedColumns = fk.referencedColumns.map((c) => c === from ? to : c);
    }
    this.touched.add(key);
  }
  renameConstraint(table, from, to) {
    const key = tableKey(table.schema, table.name);
    const index = this.model.indexesOn(key).find((i) => i.constraint?.name === from);
    if (index) {
      this.model.countConstraintName(table.schema, from, -1);
      this.model.countConstraintName(table.schema, to, 1);
      index.constraint.name = to;
      this.model.renameIndex(index, to);
      return;
    }
    const fk = table.foreignKeys.find((f) => f.name === from);
    if (fk) {
      this.model.countConstraintName(table.schema, from, -1);
      this.model.countConstraintName(table.schema, to, 1);
      fk.name = to;
    }
  }
  setSchema(node) {
    if (node.objectType !== "OBJECT_TABLE") return;
    const table = this.model.findTable(node.relation.schemaname, node.relation.relname);
    if (!table) return;
    this.model.moveTable(table, node.newschema, table.name);
    this.touched.add(tableKey(table.schema, table.name));
  }
  createSchema(node) {
    const name = node.schemaname ?? node.authrole?.rolename;
    if (!name) return;
    this.model.schemas.add(name);
    const saved = this.model.searchPath;
    this.model.searchPath = [name, ...saved];
    for (const elt of node.schemaElts ?? []) {
      const kind = Object.keys(elt)[0];
      this.dispatch(kind, elt[kind]);
    }
    this.model.searchPath = saved;
  }
  setVariable(node) {
    if (node.name !== "search_path") return;
    if (node.kind === "VAR_RESET" || node.kind === "VAR_SET_DEFAULT") {
      this.model.searchPath = ["public"];
      return;
    }
    const values = (node.args ?? []).map((a) => a.A_Const?.sval?.sval ?? a.String?.sval).filter((s) => typeof s === "string");
    this.model.searchPath = values.filter((s) => !IMPLICIT_SCHEMAS.has(s));
  }
  /** pg_dump sets the path with `SELECT pg_catalog.set_config('search_path', '', false)`. */
  selectSetConfig(node) {
    for (const target of node.targetList ?? []) {
      const call = target.ResTarget?.val?.FuncCall;
      if (!call || lastName(call.funcname) !== "set_config") continue;
      const [name, value] = call.args ?? [];
      if (name?.A_Const?.sval?.sval === "search_path" && value?.A_Const) {
        this.model.searchPath = parseSearchPath(value.A_Const.sval?.sval ?? "");
      }
    }
  }
  cluster(node) {
    if (!node.relation || !node.indexname) return;
    const table = this.model.findTable(node.relation.schemaname, node.relation.relname);
    if (!table) return;
    for (const index of this.model.indexesOn(tableKey(table.schema, table.name))) index.clustered = index.name === node.indexname;
  }
  // ---- procedural code -----------------------------------------------------
  /** A DO block runs when the migration runs: follow what can be known of it (see procedural.ts). */
  doBlock(node) {
    const language = (node.args ?? []).find((a) => a.DefElem?.defname === "language")?.DefElem?.arg?.String?.sval ?? "plpgsql";
    if (language !== "plpgsql") {
      this.note(`DO block in ${language} not followed: any schema change inside it is not in the model`);
      return;
    }
    const body = (node.args ?? []).find((a) => a.DefElem?.defname === "as")?.DefElem?.arg?.String?.sval;
    if (typeof body === "string" && !mayChangeSchema(body)) return;
    const plan = planDoBlock(this.statementText, this.model);
    for (const s of plan.statements) this.dispatch(s.kind, s.node);
    if (plan.unfollowed.length) this.note(`DO block not followed in part: it ${plan.unfollowed.join("; ")}; changes it makes to indexes or constraints are not in the model`);
  }
  /** A function runs only when called; say so when it could change indexes. */
  createFunction(node) {
    const language = (node.options ?? []).find((o) => o.DefElem?.defname === "language")?.DefElem?.arg?.String?.sval;
    if (language !== "plpgsql") return;
    const body = (node.options ?? []).find((o) => o.DefElem?.defname === "as")?.DefElem?.arg?.List?.items ?? [];
    if (body.length && !body.some((b) => typeof b.String?.sval === "string" && mayChangeSchema(b.String.sval))) return;
    const effect = proceduralSchemaEffect(this.statementText);
    if (effect) this.note(`function ${lastName(node.funcname)} ${effect}; calls to it are not followed`);
  }
  // ---- types ---------------------------------------------------------------
  typeOf(typeName) {
    const base = canonicalTypeName(lastName(typeName.names));
    const resolved = this.model.domains.get(base) ?? base;
    return typeName.arrayBounds ? `${resolved}[]` : resolved;
  }
};
var IMPLICIT_SCHEMAS = /* @__PURE__ */ new Set(["$user", "pg_catalog", "pg_temp"]);
function parseSearchPath(value) {
  const names = [];
  const re = /\s*(?:"((?:[^"]|"")*)"|([^,]*?))\s*(?:,|$)/gy;
  let m;
  while (re.lastIndex < value.length && (m = re.exec(value)) !== null) {
    const name = m[1] !== void 0 ? m[1].replace(/""/g, '"') : m[2].toLowerCase();
    if (name && !IMPLICIT_SCHEMAS.has(name)) names.push(name);
    if (m[0].length === 0) break;
  }
  return names;
}
function strings(list) {
  return (list ?? []).map((n) => n.String?.sval).filter((s) => typeof s === "string");
}
function lastName(list) {
  const names = strings(list);
  return names[names.length - 1] ?? "";
}
function qualified(obj) {
  const names = strings(obj.List?.items ?? (obj.String ? [obj] : []));
  return names.length > 1 ? [names[names.length - 2], names[names.length - 1]] : [void 0, names[0]];
}
function collationName(list) {
  return lastName(list);
}
function normalCollation(list, columnCollation) {
  if (!list || list.length === 0) return null;
  const name = collationName(list);
  if (name === (columnCollation ?? "default")) return null;
  return name;
}
function simpleColumnElem(elem, table) {
  let expr = elem.expr;
  if (!expr) return elem;
  let collation = elem.collation;
  if (expr.CollateClause && !collation) {
    collation = expr.CollateClause.collname;
    expr = expr.CollateClause.arg;
  }
  while (expr?.TypeCast) {
    const column2 = singleColumnName(expr.TypeCast.arg);
    const type = canonicalTypeName(lastName(expr.TypeCast.typeName?.names));
    const found = column2 ? table.columns.find((c) => c.name === column2) : void 0;
    if (!found || found.type !== type || expr.TypeCast.typeName?.arrayBounds) break;
    expr = expr.TypeCast.arg;
  }
  const column = singleColumnName(expr);
  if (!column) return elem;
  const { expr: _written, ...rest } = elem;
  return { ...rest, name: column, collation };
}
function singleColumnName(node) {
  const fields = node?.ColumnRef?.fields;
  return fields?.length === 1 && fields[0].String ? fields[0].String.sval : null;
}
function isSerial(typeName) {
  return /^(small|big)?serial[248]?$/.test(lastName(typeName.names));
}
function stripLocations(node) {
  if (Array.isArray(node)) return node.map(stripLocations);
  if (node === null || typeof node !== "object") return node;
  const copy = {};
  for (const key in node) if (key !== "location") copy[key] = stripLocations(node[key]);
  return copy;
}
function keyToElem(key, tree) {
  const elem = {
    ordering: key.descending ? "SORTBY_DESC" : "SORTBY_ASC",
    nulls_ordering: key.nullsFirst ? "SORTBY_NULLS_FIRST" : "SORTBY_NULLS_LAST"
  };
  if (key.kind === "column") elem.name = key.column;
  else elem.expr = tree;
  if (key.opclass) elem.opclass = [{ String: { sval: key.opclass } }];
  if (key.collation) elem.collation = [{ String: { sval: key.collation } }];
  return elem;
}
function samePendingDefinition(a, b) {
  return a.constraint !== "exclusion" && b.constraint !== "exclusion" && a.constraint !== null && b.constraint !== null && a.method === b.method && JSON.stringify(a.elems) === JSON.stringify(b.elems) && JSON.stringify(a.include) === JSON.stringify(b.include) && JSON.stringify(a.where) === JSON.stringify(b.where) && a.nullsNotDistinct === b.nullsNotDistinct && a.deferrable === b.deferrable && a.initiallyDeferred === b.initiallyDeferred;
}
function sameDefinition(a, b) {
  return a.method === b.method && JSON.stringify(a.keys) === JSON.stringify(b.keys) && JSON.stringify([...a.include].sort()) === JSON.stringify([...b.include].sort()) && a.predicate === b.predicate && a.unique === b.unique;
}
function indexUsesColumn(index, column) {
  return index.keys.some((k) => k.kind === "column" ? k.column === column : k.columns.includes(column)) || index.include.includes(column) || (index.predicateNode ? referencedColumns(index.predicateNode).has(column) : false);
}

// src/catalog/loadSnapshot.ts
var q = (name) => import_pgsql_deparser3.QuoteUtils.quoteIdentifier(name);
var PARSE_BATCH = 100;
function snapshotCatalog(snapshot) {
  return {
    source: snapshot.source,
    load: async (model, note) => ({ sequence: loadSnapshot(snapshot, model, note), notes: snapshot.notes ?? [], foreignKeysKnown: snapshot.foreignKeys !== null })
  };
}
function loadSnapshot(snapshot, model, note) {
  const loader = new SnapshotLoader(model, note, snapshot.source, snapshot.foreignKeys === null);
  loader.header(snapshot);
  loader.tables(snapshot.tables);
  loader.indexes(snapshot.indexes);
  loader.foreignKeys(snapshot.foreignKeys ?? []);
  return loader.finish();
}
var SnapshotLoader = class {
  constructor(model, note, source, columnsUnknown) {
    this.model = model;
    this.note = note;
    this.source = source;
    this.columnsUnknown = columnsUnknown;
    this.replayer = new Replayer(model);
  }
  model;
  note;
  source;
  columnsUnknown;
  replayer;
  sequence = 0;
  /** What is linked once every table and index exists: partitions and inheritance, partitions' indexes. */
  tableLinks = [];
  indexParents = [];
  partitions = null;
  header(header) {
    for (const schema of header.schemas) this.model.schemas.add(schema);
    for (const e of header.enums) this.model.enums.add(e.name);
    const domains = header.domains;
    this.replayAll(domains.map((d) => `CREATE DOMAIN ${q(d.schema)}.${q(d.name)} AS ${d.baseType}`), (n) => `domain ${domains[n].name}`);
  }
  tables(tables) {
    const tableSql = tables.map((t) => {
      const columns = t.columns.map((c) => `${q(c.name)} ${c.type}${c.collation ? ` COLLATE ${q(c.collation)}` : ""}`);
      return `CREATE TABLE ${q(t.schema)}.${q(t.name)} (${columns.join(", ")})`;
    });
    this.replayAll(
      tableSql,
      (n) => `table ${tables[n].schema}.${tables[n].name}`,
      (n) => {
        const t = tables[n];
        const table = this.model.tables.get(tableKey(t.schema, t.name));
        if (table) {
          table.partitioned = t.kind === "partitioned";
          table.unknownColumns = this.columnsUnknown;
        }
      }
    );
    for (const t of tables) if (t.partitionOf || t.inherits.length) this.tableLinks.push({ schema: t.schema, name: t.name, partitionOf: t.partitionOf, inherits: t.inherits });
  }
  /** Indexes in creation (OID) order: older ones are kept when two cover each other. */
  indexes(indexes) {
    const { model } = this;
    this.replayAll(
      indexes.map((i) => i.definition),
      (n) => `index ${indexes[n].schema}.${indexes[n].name}`,
      (n) => {
        const i = indexes[n];
        const index = model.indexes.get(tableKey(i.schema, i.name));
        if (!index) return;
        index.valid = i.valid;
        index.clustered = i.clustered;
        index.replicaIdentity = i.replicaIdentity;
        if (i.sizeBytes !== null) index.sizeBytes = Number(i.sizeBytes);
        if (i.scans !== null) index.scans = Number(i.scans);
        if (i.constraint) {
          model.setIndexConstraint(index, { name: i.constraint.name, kind: i.constraint.type, deferrable: i.constraint.deferrable });
        }
      },
      { can: (n) => fromArrays(indexes[n]), build: (n) => buildFromArrays(indexes[n], model, this.origin(), this.note) }
    );
    for (const i of indexes) if (i.parentIndex) this.indexParents.push([tableKey(i.schema, i.name), i.parentIndex]);
  }
  /** Foreign keys are read as the catalog lists them, with their columns: nothing to parse. */
  foreignKeys(foreignKeys) {
    const partitions = this.linked();
    for (const fk of foreignKeys) {
      const table = this.model.tables.get(fk.table) ?? unknownTable(this.model, fk.table, this.note);
      const created = {
        name: fk.name,
        table: fk.table,
        columns: [...fk.columns],
        referencedTable: fk.referencedTable,
        referencedColumns: [...fk.referencedColumns],
        origin: this.origin(),
        parentForeignKey: null
      };
      this.model.addForeignKey(table, created);
      copyToPartitions(this.model, partitions, table, created);
    }
  }
  /** Returns the next free statement sequence number. */
  finish() {
    this.linked();
    return this.sequence;
  }
  /** Partition and inheritance links, made once every table and index exists; the partitions of each table. */
  linked() {
    if (this.partitions) return this.partitions;
    const { model } = this;
    for (const t of this.tableLinks) {
      const table = model.tables.get(tableKey(t.schema, t.name));
      if (!table) continue;
      table.partitionOf = t.partitionOf;
      table.inheritsFrom = [...t.inherits];
      model.hasDescendantTables = true;
    }
    for (const [key, parentKey] of this.indexParents) {
      const index = model.indexes.get(key);
      const parent = model.indexes.get(parentKey);
      if (index && parent) index.parentIndex = parent;
    }
    this.partitions = partitionsByParent(model);
    return this.partitions;
  }
  origin() {
    return { file: null, line: 0, column: 0, endLine: 0, endColumn: 0, sequence: this.sequence++, changed: false };
  }
  parseOne(sql, what) {
    try {
      return (0, import_libpg_query2.parseSync)(sql).stmts ?? [];
    } catch (e) {
      this.note(`${what} from ${this.source} could not be read (${e.message}); it is left out`);
      return [];
    }
  }
  /** The statements of each text of one batch; a batch that does not parse is parsed text by text, so the note names the one at fault. */
  parseBatch(batch, what) {
    let statements;
    try {
      statements = (0, import_libpg_query2.parseSync)(batch.join(";\n")).stmts ?? [];
    } catch {
      return batch.map((sql, i) => this.parseOne(sql, what(i)));
    }
    const groups = batch.map(() => []);
    const starts = [];
    let offset = 0;
    for (const sql of batch) {
      starts.push(offset);
      offset += Buffer.byteLength(sql) + 2;
    }
    let text = 0;
    for (const statement of statements) {
      const location = statement.stmt_location ?? 0;
      while (text + 1 < batch.length && location >= starts[text + 1]) text++;
      groups[text].push(statement);
    }
    return groups;
  }
  /**
   * Replays each text in order, then calls `after` with its position. Batches
   * are parsed one at a time, so only one batch's trees are held at once. What
   * `direct` can build without the parser is not parsed, and is built in its
   * turn (the order is the model's: older objects first).
   */
  replayAll(texts, what, after = () => void 0, direct) {
    for (let first = 0; first < texts.length; first += PARSE_BATCH) {
      const last = Math.min(texts.length, first + PARSE_BATCH);
      const toParse = [];
      for (let n = first; n < last; n++) if (!direct?.can(n)) toParse.push(n);
      const trees = this.parseBatch(toParse.map((n) => texts[n]), (k) => what(toParse[k]));
      const treesOf = new Map(toParse.map((n, k) => [n, trees[k]]));
      for (let n = first; n < last; n++) {
        if (!treesOf.has(n)) direct?.build(n);
        for (const raw of treesOf.get(n) ?? []) {
          const kind = Object.keys(raw.stmt)[0];
          this.replayer.apply({ kind, node: raw.stmt[kind], text: texts[n], start: { line: 0, column: 0 }, end: { line: 0, column: 0 } }, this.origin(), this.note);
        }
        after(n);
      }
    }
  }
};
function fromArrays(i) {
  return i.keys !== void 0 && i.include !== void 0 && i.predicate === null;
}
function buildFromArrays(i, model, at, note) {
  const key = i.table;
  const table = model.tables.get(key) ?? unknownTable(model, key, note);
  const method = i.method.toLowerCase();
  const keys = i.keys.map((k) => {
    const column = table.columns.find((c) => c.name === k.column);
    const opclass = k.opclass === null ? null : k.opclass.toLowerCase();
    return {
      kind: "column",
      column: k.column,
      opclass: opclass === null || opclass === defaultOpclass(method, column ? column.type : null, model.enums) ? null : opclass,
      collation: k.collation === null || k.collation === (column?.collation ?? "default") ? null : k.collation,
      descending: k.descending,
      nullsFirst: k.nullsFirst
    };
  });
  model.addIndex({
    schema: table.schema,
    name: i.name,
    table: key,
    method,
    keys,
    include: [...i.include],
    predicate: null,
    unique: i.unique,
    nullsNotDistinct: i.nullsNotDistinct,
    constraint: null,
    valid: true,
    replicaIdentity: false,
    clustered: false,
    parentIndex: null,
    origin: at,
    expressionNodes: void 0,
    predicateNode: null
  });
}
function unknownTable(model, key, note) {
  const dot = key.indexOf(".");
  const table = newTable(key.slice(0, dot), key.slice(dot + 1), { unknownColumns: true });
  model.addTable(table);
  note(`table ${table.name} is not created by the migrations read: only the indexes and foreign keys they add to it are known`);
  return table;
}
function partitionsByParent(model) {
  const partitions = /* @__PURE__ */ new Map();
  for (const t of model.tables.values()) {
    if (!t.partitionOf) continue;
    const list = partitions.get(t.partitionOf);
    if (list) list.push(t);
    else partitions.set(t.partitionOf, [t]);
  }
  return partitions;
}
function copyToPartitions(model, partitions, table, fk) {
  if (!table.partitioned) return;
  for (const child of partitions.get(tableKey(table.schema, table.name)) ?? []) {
    if (child.foreignKeys.some((f) => f.parentForeignKey === fk)) continue;
    const copy = { ...fk, table: tableKey(child.schema, child.name), parentForeignKey: fk };
    model.addForeignKey(child, copy);
    copyToPartitions(model, partitions, child, copy);
  }
}

// src/catalog/readCatalog.ts
var import_pgsql_deparser4 = __toESM(require_pgsql_deparser(), 1);

// src/catalog/catalogQuery.ts
var USER_TABLES = `
user_namespaces AS (
  SELECT n.oid, n.nspname
    FROM pg_catalog.pg_namespace n
   WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
     AND n.nspname NOT LIKE 'pg\\_toast%'
     AND n.nspname NOT LIKE 'pg\\_temp\\_%'
     AND ($1::text[] IS NULL OR n.nspname = ANY ($1::text[]))
),
user_tables AS (
  SELECT c.oid, c.relname, c.relkind, c.relispartition, ns.nspname
    FROM pg_catalog.pg_class c
    JOIN user_namespaces ns ON ns.oid = c.relnamespace
   WHERE c.relkind IN ('r', 'p', 'm')
     -- objects owned by an extension are not the application's
     AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                      WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
),
-- the parents of every table and index, in inheritance order (a partition has one)
parents AS (
  SELECT h.inhrelid, pg_catalog.array_agg(pn.nspname || '.' || p.relname ORDER BY h.inhseqno) AS names
    FROM pg_catalog.pg_inherits h
    JOIN pg_catalog.pg_class p ON p.oid = h.inhparent
    JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace
   GROUP BY h.inhrelid
)`;
function catalogQueries(serverVersionNum) {
  const nullsNotDistinct = serverVersionNum >= 15e4 ? "i.indnullsnotdistinct" : "false";
  const isArray = (t) => serverVersionNum >= 14e4 ? `${t}.typsubscript = 'pg_catalog.array_subscript_handler'::pg_catalog.regproc` : `(${t}.typelem <> 0 AND ${t}.typlen = -1)`;
  const columnOptions = serverVersionNum >= 13e4 ? "a.attoptions IS NOT NULL" : "false";
  const header = `
WITH ${USER_TABLES.slice(0, USER_TABLES.indexOf(",\nuser_tables"))}
SELECT pg_catalog.current_setting('server_version') AS "serverVersion",
       pg_catalog.current_setting('server_version_num')::int AS "serverVersionNum",
       pg_catalog.current_database() AS database,
       (SELECT coalesce(pg_catalog.array_agg(nspname::text ORDER BY nspname), '{}') FROM user_namespaces) AS schemas,
       (SELECT coalesce(pg_catalog.json_agg(pg_catalog.json_build_object('schema', ns.nspname, 'name', t.typname) ORDER BY t.oid), '[]')
          FROM pg_catalog.pg_type t JOIN user_namespaces ns ON ns.oid = t.typnamespace
         WHERE t.typtype = 'e') AS enums,
       (SELECT coalesce(pg_catalog.json_agg(pg_catalog.json_build_object(
                 'schema', ns.nspname, 'name', t.typname,
                 'baseType', pg_catalog.format_type(t.typbasetype, t.typtypmod)) ORDER BY t.oid), '[]')
          FROM pg_catalog.pg_type t JOIN user_namespaces ns ON ns.oid = t.typnamespace
         WHERE t.typtype = 'd') AS domains`;
  const tables = `
WITH ${USER_TABLES},
table_columns AS (
  SELECT a.attrelid,
         pg_catalog.array_agg(a.attname::text ORDER BY a.attnum) AS names,
         pg_catalog.array_agg(pg_catalog.format_type(a.atttypid, a.atttypmod) ORDER BY a.attnum) AS types,
         pg_catalog.array_agg(CASE WHEN a.attcollation <> 0 AND a.attcollation <> ty.typcollation
                                   THEN co.collname::text END ORDER BY a.attnum) AS collations,
         pg_catalog.array_agg(a.attnotnull ORDER BY a.attnum) AS not_null
    FROM pg_catalog.pg_attribute a
    JOIN user_tables t ON t.oid = a.attrelid
    JOIN pg_catalog.pg_type ty ON ty.oid = a.atttypid
    LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
   WHERE a.attnum > 0 AND NOT a.attisdropped
   GROUP BY a.attrelid
)
SELECT t.oid::int8 AS oid, t.nspname AS schema, t.relname AS name, t.relkind AS kind,
       CASE WHEN t.relispartition THEN p.names[1] END AS partition_of,
       CASE WHEN t.relispartition OR p.names IS NULL THEN '{}' ELSE p.names END AS inherits,
       coalesce(tc.names, '{}') AS column_names, coalesce(tc.types, '{}') AS column_types,
       coalesce(tc.collations, '{}') AS column_collations, coalesce(tc.not_null, '{}') AS column_not_null
  FROM user_tables t
  LEFT JOIN parents p ON p.inhrelid = t.oid
  LEFT JOIN table_columns tc ON tc.attrelid = t.oid
 ORDER BY t.oid`;
  const indexes = `
WITH ${USER_TABLES},
user_indexes AS (
  SELECT i.indexrelid, i.indrelid, i.indkey, i.indclass, i.indcollation, i.indoption, i.indnkeyatts, i.indisunique, i.indisprimary,
         ${nullsNotDistinct} AS nulls_not_distinct, i.indisvalid, i.indisready, i.indisclustered, i.indisreplident,
         i.indexprs IS NOT NULL AS has_expressions, i.indpred IS NOT NULL AS has_predicate,
         t.nspname, t.relname AS tablename, t.relkind AS tablekind, ic.relname AS indexname, ic.relkind AS indexkind, ic.relam, ic.reloptions
    FROM pg_catalog.pg_index i
    JOIN user_tables t ON t.oid = i.indrelid
    JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
),
-- one row per index column (the multi-array unnest is syntax, not a function to qualify): indkey holds every column, indclass, indcollation and indoption the key columns only
index_columns AS (
  SELECT i.indexrelid, i.relam, k.ord, k.attnum, k.opc, k.coll, k.opt,
         a.attname, a.atttypid, a.attcollation, ty.typtype
    FROM user_indexes i
   CROSS JOIN LATERAL unnest(i.indkey::int2[], i.indclass::oid[], i.indcollation::oid[], i.indoption::int2[])
         WITH ORDINALITY AS k(attnum, opc, coll, opt, ord)
    LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum AND k.attnum > 0
    LEFT JOIN pg_catalog.pg_type ty ON ty.oid = a.atttypid
),
-- What pg_get_indexdef leaves out, GetDefaultOpClass: the default operator class of the access method
-- for the column's type, exactly or else binary-coercibly (one preferred, or one at all).
key_types AS (
  SELECT DISTINCT relam, atttypid FROM index_columns WHERE opc IS NOT NULL AND attnum > 0 AND typtype <> 'd'
),
default_candidates AS (
  SELECT kt.relam, kt.atttypid, oc.oid AS opclass,
         oc.opcintype = kt.atttypid AS exact,
         (tt.typtype = 'p' AND tt.typname IN ('any', 'anyelement', 'anycompatible'))
           OR (tt.typtype = 'p' AND tt.typname IN ('anyarray', 'anycompatiblearray') AND ${isArray("st")})
           OR (tt.typtype = 'p' AND tt.typname IN ('anynonarray', 'anycompatiblenonarray') AND NOT ${isArray("st")})
           OR (tt.typtype = 'p' AND tt.typname = 'anyenum' AND st.typtype = 'e')
           OR (tt.typtype = 'p' AND tt.typname IN ('anyrange', 'anycompatiblerange') AND st.typtype = 'r')
           OR (tt.typtype = 'p' AND tt.typname IN ('anymultirange', 'anycompatiblemultirange') AND st.typtype = 'm')
           OR (tt.typtype = 'p' AND tt.typname = 'record' AND st.typtype = 'c')
           OR (tt.typtype = 'p' AND tt.typname = '_record' AND ${isArray("st")} AND et.typtype = 'c')
           OR EXISTS (SELECT 1 FROM pg_catalog.pg_cast ca
                       WHERE ca.castsource = kt.atttypid AND ca.casttarget = oc.opcintype
                         AND ca.castmethod = 'b' AND ca.castcontext = 'i') AS coercible,
         tt.typcategory = st.typcategory AND tt.typispreferred AS preferred
    FROM key_types kt
    JOIN pg_catalog.pg_type st ON st.oid = kt.atttypid
    LEFT JOIN pg_catalog.pg_type et ON et.oid = st.typelem
    JOIN pg_catalog.pg_opclass oc ON oc.opcmethod = kt.relam AND oc.opcdefault
    JOIN pg_catalog.pg_type tt ON tt.oid = oc.opcintype
),
default_opclasses AS (
  SELECT relam, atttypid,
         CASE WHEN count(*) FILTER (WHERE exact) = 1 THEN min(opclass) FILTER (WHERE exact)
              WHEN count(*) FILTER (WHERE exact) > 0 THEN NULL
              WHEN count(*) FILTER (WHERE coercible AND preferred) = 1 THEN min(opclass) FILTER (WHERE coercible AND preferred)
              WHEN count(*) FILTER (WHERE coercible AND preferred) = 0 AND count(*) FILTER (WHERE coercible) = 1 THEN min(opclass) FILTER (WHERE coercible)
         END AS opclass
    FROM default_candidates
   GROUP BY relam, atttypid
),
index_column_options AS (
  SELECT a.attrelid, a.attnum, ${columnOptions} AS has_options FROM pg_catalog.pg_attribute a WHERE ${columnOptions}
),
index_keys AS (
  SELECT c.indexrelid,
         pg_catalog.array_agg(oc.opcname::text ORDER BY c.ord) FILTER (WHERE oc.oid IS NOT NULL) AS opclasses,
         pg_catalog.array_agg(f.opfname::text ORDER BY c.ord) FILTER (WHERE f.oid IS NOT NULL) AS opfamilies,
         pg_catalog.array_agg(co.collname::text ORDER BY c.ord) FILTER (WHERE c.opc IS NOT NULL) AS collations,
         pg_catalog.array_agg(c.attname::text ORDER BY c.ord) AS attnames,
         -- as pg_get_indexdef prints them: the operator class unless it is the type's default, the collation unless it is the column's
         pg_catalog.array_agg(CASE WHEN c.opc IS DISTINCT FROM d.opclass THEN oc.opcname::text END ORDER BY c.ord) FILTER (WHERE c.opc IS NOT NULL) AS shown_opclasses,
         pg_catalog.array_agg(CASE WHEN c.opc IS DISTINCT FROM d.opclass AND ocn.nspname <> 'pg_catalog' THEN ocn.nspname::text END ORDER BY c.ord) FILTER (WHERE c.opc IS NOT NULL) AS opclass_schemas,
         pg_catalog.array_agg(CASE WHEN c.coll <> 0 AND c.coll <> c.attcollation THEN co.collname::text END ORDER BY c.ord) FILTER (WHERE c.opc IS NOT NULL) AS shown_collations,
         pg_catalog.array_agg(CASE WHEN c.coll <> 0 AND c.coll <> c.attcollation AND con.nspname <> 'pg_catalog' THEN con.nspname::text END ORDER BY c.ord) FILTER (WHERE c.opc IS NOT NULL) AS collation_schemas,
         pg_catalog.array_agg(c.opt ORDER BY c.ord) FILTER (WHERE c.opc IS NOT NULL) AS options,
         -- an expression key, a domain-typed key or one with operator class options: pg_get_indexdef describes the index
         bool_or(c.attnum = 0 OR c.typtype = 'd' OR ia.has_options IS NOT NULL) AS needs_definition
    FROM index_columns c
    LEFT JOIN default_opclasses d ON d.relam = c.relam AND d.atttypid = c.atttypid
    LEFT JOIN pg_catalog.pg_opclass oc ON oc.oid = c.opc
    LEFT JOIN pg_catalog.pg_namespace ocn ON ocn.oid = oc.opcnamespace
    LEFT JOIN pg_catalog.pg_opfamily f ON f.oid = oc.opcfamily
    LEFT JOIN pg_catalog.pg_collation co ON co.oid = c.coll
    LEFT JOIN pg_catalog.pg_namespace con ON con.oid = co.collnamespace
    LEFT JOIN index_column_options ia ON ia.attrelid = c.indexrelid AND ia.attnum = c.ord
   GROUP BY c.indexrelid
),
-- the constraint an index implements; DISTINCT ON keeps one row per index whatever the catalog holds
index_constraints AS (
  SELECT DISTINCT ON (con.conindid, con.conrelid) con.conindid, con.conrelid, con.conname, con.contype, con.condeferrable
    FROM pg_catalog.pg_constraint con
   WHERE con.contype IN ('p', 'u', 'x')
   ORDER BY con.conindid, con.conrelid, con.oid
)
SELECT i.indexrelid::int8 AS oid, i.nspname AS schema, i.indexname AS name, i.nspname || '.' || i.tablename AS "table",
       i.tablename AS table_name,
       CASE WHEN k.needs_definition THEN pg_catalog.pg_get_indexdef(i.indexrelid) END AS definition,
       i.indexkind = 'I' AS partitioned_index,
       am.amname AS method, i.indisunique AS "unique", i.indisprimary AS "primary",
       i.nulls_not_distinct,
       i.indisvalid AND i.indisready AS valid, i.indisclustered AS clustered, i.indisreplident AS replica_identity,
       i.indnkeyatts AS key_columns,
       coalesce(k.opclasses, '{}') AS opclasses, coalesce(k.opfamilies, '{}') AS opfamilies, coalesce(k.collations, '{}') AS collations,
       k.attnames, k.shown_opclasses, k.opclass_schemas, k.shown_collations, k.collation_schemas, k.options,
       CASE WHEN i.has_predicate THEN pg_catalog.pg_get_expr(x.indpred, i.indrelid) END AS predicate,
       CASE WHEN i.has_expressions THEN pg_catalog.pg_get_expr(x.indexprs, i.indrelid) END AS expressions,
       p.names[1] AS parent_index,
       -- storage parameters, as pg_get_indexdef prints them (flatten_reloptions)
       (SELECT pg_catalog.string_agg(o.option_name || '=' || CASE WHEN pg_catalog.quote_ident(o.option_value) = o.option_value THEN o.option_value
                                                                  ELSE pg_catalog.quote_literal(o.option_value) END, ', ')
          FROM pg_catalog.pg_options_to_table(i.reloptions) AS o) AS storage_parameters,
       con.conname AS constraint_name, con.contype AS constraint_type, con.condeferrable AS constraint_deferrable,
       -- $2: sizes now, or none (asked for later, for the indexes reported)
       CASE WHEN $2::bool THEN pg_catalog.pg_relation_size(i.indexrelid) END AS size_bytes,
       -- what pg_stat_user_indexes shows, without the view: it has no row for a partitioned table's index
       CASE WHEN i.tablekind <> 'p' THEN pg_catalog.pg_stat_get_numscans(i.indexrelid) END AS scans
  FROM user_indexes i
  -- the expression trees, only now: carried through the joins above they made every sort spill to disk
  JOIN pg_catalog.pg_index x ON x.indexrelid = i.indexrelid
  JOIN pg_catalog.pg_am am ON am.oid = i.relam
  LEFT JOIN index_keys k ON k.indexrelid = i.indexrelid
  LEFT JOIN parents p ON p.inhrelid = i.indexrelid
  LEFT JOIN index_constraints con ON con.conindid = i.indexrelid AND con.conrelid = i.indrelid
 ORDER BY i.indexrelid`;
  const foreignKeys = `
WITH ${USER_TABLES}
SELECT con.oid::int8 AS oid, con.conname AS name, t.nspname || '.' || t.relname AS "table",
       pg_catalog.pg_get_constraintdef(con.oid) AS definition,
       (SELECT coalesce(pg_catalog.array_agg(a.attname::text ORDER BY k.ord), '{}')
          FROM pg_catalog.unnest(con.conkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
          JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum) AS columns,
       rn.nspname || '.' || r.relname AS referenced_table,
       (SELECT coalesce(pg_catalog.array_agg(a.attname::text ORDER BY k.ord), '{}')
          FROM pg_catalog.unnest(con.confkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
          JOIN pg_catalog.pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum) AS referenced_columns,
       con.convalidated AS validated
  FROM pg_catalog.pg_constraint con
  JOIN user_tables t ON t.oid = con.conrelid
  JOIN pg_catalog.pg_class r ON r.oid = con.confrelid
  JOIN pg_catalog.pg_namespace rn ON rn.oid = r.relnamespace
 -- a partition's copy of its parent's foreign key is the parent's
 WHERE con.contype = 'f' AND con.conparentid = 0
 ORDER BY con.oid`;
  return { header, tables, indexes, foreignKeys };
}

// src/catalog/visibility.ts
function catalogRelationsIn(query) {
  return [...new Set([...query.matchAll(/pg_catalog\.(pg_\w+)/g)].map((m) => m[1]))];
}
async function checkCatalogsReadable(client, query, target) {
  const denied = await client.query(
    `SELECT 'pg_catalog.' || name AS relation, current_user AS role
       FROM pg_catalog.unnest($1::text[]) AS name
      WHERE pg_catalog.to_regclass('pg_catalog.' || name) IS NOT NULL
        AND NOT pg_catalog.has_table_privilege('pg_catalog.' || name, 'SELECT')
      ORDER BY name`,
    [catalogRelationsIn(query)]
  );
  if (denied.rows.length === 0) return;
  const relations = denied.rows.map((r) => r.relation).join(", ");
  throw new UsageError(`role ${denied.rows[0].role} cannot read ${relations} on ${target} (SELECT was revoked), which the audit needs; grant SELECT on ${denied.rows.length === 1 ? "it" : "them"} to the role, or connect as another role`);
}
async function visibilityNotes(client, schemasRead, schemasAsked) {
  const notes = [];
  for (const missing of (schemasAsked ?? []).filter((s) => !schemasRead.includes(s))) {
    notes.push(`schema ${missing} (--schema) is not in the database, or is a system schema: nothing is read from it`);
  }
  const noUsage = await client.query(
    `SELECT nspname
       FROM pg_catalog.unnest($1::text[]) AS nspname
      WHERE NOT pg_catalog.has_schema_privilege(nspname, 'USAGE')
      ORDER BY nspname`,
    [schemasRead]
  );
  if (noUsage.rows.length) {
    const names = noUsage.rows.map((r) => r.nspname).join(", ");
    notes.push(
      `the connecting role has no USAGE privilege on schema${noUsage.rows.length === 1 ? "" : "s"} ${names}: ${noUsage.rows.length === 1 ? "its" : "their"} tables and indexes are audited all the same, from the system catalogs, which every role can read`
    );
  }
  return notes;
}

// src/catalog/readCatalog.ts
var FETCH_ROWS = 1e3;
function readCatalog(options) {
  return inReadOnlyTransaction(options, async (client) => {
    const snapshot = {
      format: SNAPSHOT_FORMAT,
      version: SNAPSHOT_VERSION,
      takenAt: (/* @__PURE__ */ new Date()).toISOString(),
      serverVersion: "",
      serverVersionNum: 0,
      database: "",
      schemas: [],
      enums: [],
      domains: [],
      tables: [],
      indexes: [],
      foreignKeys: [],
      notes: [],
      source: `database ${describeTarget(options.url)}`
    };
    const notes = await readInto(client, options, true, {
      header: (header) => Object.assign(snapshot, header),
      tables: (tables) => snapshot.tables.push(...tables),
      indexes: (indexes) => snapshot.indexes.push(...indexes),
      foreignKeys: (foreignKeys) => snapshot.foreignKeys.push(...foreignKeys)
    });
    const { notes: _notes, source, ...rest } = snapshot;
    return { ...rest, notes, source };
  });
}
async function withCatalog(options, work) {
  let failure;
  const result = await inReadOnlyTransaction(options, async (client) => {
    const source = `database ${describeTarget(options.url)}`;
    const catalog = {
      source,
      load: async (model, note) => {
        const loader = new SnapshotLoader(model, note, source, false);
        try {
          const notes = await readInto(client, options, false, loader);
          await client.query("COMMIT");
          await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
          await client.query(`SET LOCAL statement_timeout = ${Math.round(options.statementTimeoutSeconds * 1e3)}`);
          await client.query("SET LOCAL lock_timeout = 5000");
          return { sequence: loader.finish(), notes, foreignKeysKnown: true };
        } catch (e) {
          throw new CatalogReadError(e);
        }
      }
    };
    const indexSizes = async (indexes) => {
      if (!indexes.length) return /* @__PURE__ */ new Map();
      try {
        const { rows } = await client.query(
          `SELECT ns.nspname AS s, c.relname AS n, pg_catalog.pg_relation_size(c.oid) AS size
             FROM unnest($1::text[], $2::text[]) AS x(s, n)
             JOIN pg_catalog.pg_namespace ns ON ns.nspname = x.s
             JOIN pg_catalog.pg_class c ON c.relnamespace = ns.oid AND c.relname = x.n`,
          [indexes.map((i) => i.schema), indexes.map((i) => i.name)]
        );
        return new Map(rows.map((r) => [`${r.s}.${r.n}`, Number(r.size)]));
      } catch (e) {
        throw connectionError(e, options);
      }
    };
    try {
      return await work(catalog, indexSizes);
    } catch (error) {
      if (!(error instanceof CatalogReadError)) failure = { error };
      else throw error.failure;
      return void 0;
    }
  });
  if (failure) throw failure.error;
  return result;
}
var CatalogReadError = class extends Error {
  constructor(failure) {
    super(String(failure?.message ?? failure));
    this.failure = failure;
  }
  failure;
};
async function readInto(client, options, withSizes, sink) {
  const version = await client.query(
    "SELECT pg_catalog.set_config('search_path', '', true), pg_catalog.set_config('jit', 'off', true), pg_catalog.current_setting('server_version_num') AS v"
  );
  const queries = catalogQueries(Number(version.rows[0].v));
  await checkCatalogsReadable(client, Object.values(queries).join("\n"), describeTarget(options.url));
  const header = (await client.query(queries.header, [options.schemas])).rows[0];
  sink.header(header);
  for await (const rows of cursorRows(client, queries.tables, [options.schemas])) sink.tables(rows.map(tableFromRow));
  for await (const rows of cursorRows(client, queries.indexes, [options.schemas, withSizes])) sink.indexes(rows.map(indexFromRow));
  for await (const rows of cursorRows(client, queries.foreignKeys, [options.schemas])) sink.foreignKeys(rows.map(foreignKeyFromRow));
  return await visibilityNotes(client, header.schemas, options.schemas);
}
async function* cursorRows(client, sql, parameters) {
  await client.query(`DECLARE pgil_rows NO SCROLL CURSOR FOR ${sql}`, parameters);
  for (; ; ) {
    const { rows } = await client.query(`FETCH FORWARD ${FETCH_ROWS} FROM pgil_rows`);
    if (rows.length) yield rows;
    if (rows.length < FETCH_ROWS) break;
  }
  await client.query("CLOSE pgil_rows");
}
function tableFromRow(row) {
  return {
    oid: Number(row.oid),
    schema: row.schema,
    name: row.name,
    kind: row.kind === "p" ? "partitioned" : row.kind === "m" ? "materialized view" : "table",
    partitionOf: row.partition_of,
    inherits: row.inherits,
    columns: row.column_names.map((name, i) => ({ name, type: row.column_types[i], collation: row.column_collations[i], notNull: row.column_not_null[i] }))
  };
}
var INDOPTION_DESC = 1;
var INDOPTION_NULLS_FIRST = 2;
function indexFromRow(row) {
  const index = {
    oid: Number(row.oid),
    schema: row.schema,
    name: row.name,
    table: row.table,
    definition: row.definition ?? "",
    method: row.method,
    unique: row.unique,
    primary: row.primary,
    nullsNotDistinct: row.nulls_not_distinct,
    valid: row.valid,
    clustered: row.clustered,
    replicaIdentity: row.replica_identity,
    keyColumns: row.key_columns,
    opclasses: row.opclasses,
    opfamilies: row.opfamilies,
    collations: row.collations,
    predicate: row.predicate,
    expressions: row.expressions,
    parentIndex: row.parent_index,
    constraint: row.constraint_type ? { name: row.constraint_name, type: row.constraint_type === "p" ? "primary" : row.constraint_type === "u" ? "unique" : "exclusion", deferrable: Boolean(row.constraint_deferrable) } : null,
    sizeBytes: row.size_bytes === null ? null : Number(row.size_bytes),
    scans: row.scans === null ? null : Number(row.scans)
  };
  if (row.definition !== null) return index;
  const keys = row.shown_opclasses.map((opclass, i) => ({
    column: row.attnames[i],
    opclass,
    opclassSchema: row.opclass_schemas[i],
    collation: row.shown_collations[i],
    collationSchema: row.collation_schemas[i],
    descending: (row.options[i] & INDOPTION_DESC) !== 0,
    nullsFirst: (row.options[i] & INDOPTION_NULLS_FIRST) !== 0
  }));
  const include = row.attnames.slice(keys.length);
  index.keys = keys;
  index.include = include;
  index.definition = indexDefinition(index, row.table_name, row.partitioned_index, row.storage_parameters);
  return index;
}
var q2 = (name) => import_pgsql_deparser4.QuoteUtils.quoteIdentifier(name);
var qualifiedName2 = (schema, name) => schema ? `${q2(schema)}.${q2(name)}` : q2(name);
function indexDefinition(index, tableName2, partitionedIndex, storageParameters) {
  const keys = index.keys.map((k) => {
    let text = q2(k.column);
    if (k.collation) text += ` COLLATE ${qualifiedName2(k.collationSchema, k.collation)}`;
    if (k.opclass) text += ` ${qualifiedName2(k.opclassSchema, k.opclass)}`;
    if (k.descending) text += k.nullsFirst ? " DESC" : " DESC NULLS LAST";
    else if (k.nullsFirst) text += " NULLS FIRST";
    return text;
  });
  return `CREATE ${index.unique ? "UNIQUE " : ""}INDEX ${q2(index.name)} ON ${partitionedIndex ? "ONLY " : ""}${q2(index.schema)}.${q2(tableName2)} USING ${q2(index.method)} (${keys.join(", ")})` + (index.include.length ? ` INCLUDE (${index.include.map(q2).join(", ")})` : "") + (index.nullsNotDistinct ? " NULLS NOT DISTINCT" : "") + (storageParameters ? ` WITH (${storageParameters})` : "") + (index.predicate !== null ? ` WHERE ${index.predicate}` : "");
}
function foreignKeyFromRow(row) {
  return {
    oid: Number(row.oid),
    name: row.name,
    table: row.table,
    definition: row.definition,
    columns: row.columns,
    referencedTable: row.referenced_table,
    referencedColumns: row.referenced_columns,
    validated: row.validated
  };
}

// src/engine.ts
import path3 from "node:path";

// src/sql/parseFile.ts
var import_libpg_query3 = __toESM(require_wasm(), 1);

// src/sql/sourceText.ts
var GOOSE_DOWN = /^\s*--\s*\+goose\s+down\b/i;
var GOOSE_UP = /^\s*--\s*\+goose\s+up\b/i;
var DBMATE_DOWN = /^\s*--\s*migrate:down\b/i;
var DBMATE_UP = /^\s*--\s*migrate:up\b/i;
var PSQL_META = /^\s*\\([a-zA-Z!?]+)/;
var COPY_FROM_STDIN = /^\s*copy\b[^;]*\bfrom\s+stdin\b/i;
var COPY_DATA_END = /^\\\.\s*$/;
var ANY_MARKER = /^\s*(?:--\s*(?:\+goose|migrate:)|\\|copy\b)|\0/im;
function blank(line) {
  let out = "";
  for (const _ of line) out += " ";
  return out;
}
function prepareSource(raw) {
  const notes = [];
  const text = raw.charCodeAt(0) === 65279 ? " " + raw.slice(1) : raw;
  if (!ANY_MARKER.test(text)) return { text, notes };
  const parts = text.split(/(\r\n|\n|\r)/);
  let inDown = false;
  let inCopyData = false;
  for (let i = 0; i < parts.length; i += 2) {
    let line = parts[i];
    const lineNo = i / 2 + 1;
    if (inCopyData) {
      if (COPY_DATA_END.test(line)) inCopyData = false;
      parts[i] = blank(line);
      continue;
    }
    if (GOOSE_UP.test(line) || DBMATE_UP.test(line)) {
      inDown = false;
      continue;
    }
    if (GOOSE_DOWN.test(line) || DBMATE_DOWN.test(line)) {
      inDown = true;
      continue;
    }
    if (inDown) {
      parts[i] = blank(line);
      continue;
    }
    const nul = line.indexOf("\0");
    if (nul >= 0) {
      notes.push({ line: lineNo, message: "NUL byte: the rest of the line is skipped, as psql skips it" });
      line = line.slice(0, nul) + blank(line.slice(nul));
      parts[i] = line;
    }
    const meta = PSQL_META.exec(line);
    if (meta) {
      notes.push({ line: lineNo, message: `psql meta-command \\${meta[1]} skipped` });
      parts[i] = blank(line);
      continue;
    }
    if (COPY_FROM_STDIN.test(line)) inCopyData = true;
  }
  return { text: parts.join(""), notes };
}
var LineIndex = class {
  constructor(text) {
    this.text = text;
    this.bytes = Buffer.from(text, "utf8");
    const b = this.bytes;
    for (let i = 0; i < b.length; i++) {
      const c = b[i];
      if (c === 10) this.lineStarts.push(i + 1);
      else if (c === 13 && b[i + 1] !== 10) this.lineStarts.push(i + 1);
    }
  }
  text;
  /** The text in UTF-8. */
  bytes;
  /** Byte offset where each line starts. */
  lineStarts = [0];
  get byteLength() {
    return this.bytes.length;
  }
  /** The text between two byte offsets. */
  slice(startByte, endByte) {
    return this.bytes.toString("utf8", startByte, endByte);
  }
  byteAt(offset) {
    return this.bytes[offset];
  }
  positionOfByte(offset) {
    const clamped = Math.max(0, Math.min(offset, this.bytes.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.lineStarts[mid] <= clamped) lo = mid;
      else hi = mid - 1;
    }
    const lineStart = this.lineStarts[lo];
    let column = 1;
    for (let i = lineStart; i < clamped; i++) if ((this.bytes[i] & 192) !== 128) column++;
    return { line: lo + 1, column };
  }
  /** Byte offset of a code-point offset counted from `fromByte`. */
  byteOfCodePoint(fromByte, codePoints) {
    let i = fromByte;
    let seen = 0;
    while (i < this.bytes.length && seen < codePoints) {
      i++;
      while (i < this.bytes.length && (this.bytes[i] & 192) === 128) i++;
      seen++;
    }
    return i;
  }
};

// src/sql/splitStatements.ts
function splitStatementRanges(bytes, from, to) {
  const ranges = [];
  let start = from;
  let i = from;
  const at = (k) => k < to ? bytes[k] : -1;
  while (i < to) {
    const c = bytes[i];
    if (c === 45 && at(i + 1) === 45) {
      while (i < to && bytes[i] !== 10) i++;
    } else if (c === 47 && at(i + 1) === 42) {
      let depth = 1;
      i += 2;
      while (i < to && depth > 0) {
        if (bytes[i] === 47 && at(i + 1) === 42) {
          depth++;
          i += 2;
        } else if (bytes[i] === 42 && at(i + 1) === 47) {
          depth--;
          i += 2;
        } else i++;
      }
    } else if (c === 39) {
      const escapes = i > from && (bytes[i - 1] === 69 || bytes[i - 1] === 101);
      i++;
      while (i < to) {
        if (escapes && bytes[i] === 92) {
          i += 2;
          continue;
        }
        if (bytes[i] === 39) {
          if (at(i + 1) === 39) {
            i += 2;
            continue;
          }
          break;
        }
        i++;
      }
      i++;
    } else if (c === 34) {
      i++;
      while (i < to && !(bytes[i] === 34 && at(i + 1) !== 34)) i += bytes[i] === 34 ? 2 : 1;
      i++;
    } else if (c === 36 && !isIdentByte(at(i - 1))) {
      const tagEnd = dollarTagEnd(bytes, i, to);
      if (tagEnd < 0) {
        i++;
        continue;
      }
      const tag = Buffer.from(bytes.subarray(i, tagEnd + 1));
      const close = Buffer.from(bytes.buffer, bytes.byteOffset, to).indexOf(tag, tagEnd + 1);
      i = close < 0 ? to : close + tag.length;
    } else if (c === 59) {
      ranges.push([start, i + 1]);
      start = i + 1;
      i++;
    } else {
      i++;
    }
  }
  if (start < to) ranges.push([start, to]);
  return ranges;
}
function isIdentByte(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95 || c >= 128;
}
function dollarTagEnd(bytes, i, to) {
  let k = i + 1;
  if (k < to && bytes[k] >= 48 && bytes[k] <= 57) return -1;
  while (k < to && isIdentByte(bytes[k]) && bytes[k] !== 36) k++;
  return k < to && bytes[k] === 36 ? k : -1;
}
function skipSpaceAndComments(bytes, i, to) {
  while (i < to) {
    const c = bytes[i];
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12) i++;
    else if (c === 45 && bytes[i + 1] === 45) {
      while (i < to && bytes[i] !== 10) i++;
    } else if (c === 47 && bytes[i + 1] === 42) {
      let depth = 1;
      i += 2;
      while (i < to && depth > 0) {
        if (bytes[i] === 47 && bytes[i + 1] === 42) {
          depth++;
          i += 2;
        } else if (bytes[i] === 42 && bytes[i + 1] === 47) {
          depth--;
          i += 2;
        } else i++;
      }
    } else break;
  }
  return i;
}

// src/sql/statementKinds.ts
var KINDS_BY_WORDS = {
  INSERT: ["InsertStmt"],
  UPDATE: ["UpdateStmt"],
  DELETE: ["DeleteStmt"],
  MERGE: ["MergeStmt"],
  COMMENT: ["CommentStmt"],
  GRANT: ["GrantStmt", "GrantRoleStmt"],
  REVOKE: ["GrantStmt", "GrantRoleStmt"],
  COPY: ["CopyStmt"],
  TRUNCATE: ["TruncateStmt"],
  ANALYZE: ["VacuumStmt"],
  ANALYSE: ["VacuumStmt"],
  VACUUM: ["VacuumStmt"],
  LOCK: ["LockStmt"],
  NOTIFY: ["NotifyStmt"],
  LISTEN: ["ListenStmt"],
  CALL: ["CallStmt"],
  REFRESH: ["RefreshMatViewStmt"],
  BEGIN: ["TransactionStmt"],
  START: ["TransactionStmt"],
  COMMIT: ["TransactionStmt"],
  END: ["TransactionStmt"],
  ROLLBACK: ["TransactionStmt"],
  ABORT: ["TransactionStmt"],
  SAVEPOINT: ["TransactionStmt"],
  RELEASE: ["TransactionStmt"],
  "CREATE TRIGGER": ["CreateTrigStmt"],
  "CREATE CONSTRAINT TRIGGER": ["CreateTrigStmt"],
  "CREATE OR REPLACE TRIGGER": ["CreateTrigStmt"],
  "CREATE FUNCTION": ["CreateFunctionStmt"],
  "CREATE OR REPLACE FUNCTION": ["CreateFunctionStmt"],
  "CREATE PROCEDURE": ["CreateFunctionStmt"],
  "CREATE OR REPLACE PROCEDURE": ["CreateFunctionStmt"],
  "CREATE EXTENSION": ["CreateExtensionStmt"]
};
var MISREAD_BY_SPLITTER = /\bATOMIC\b|\bRULE\b/i;
function kindsOf(bytes, start, end) {
  const words = [];
  let i = start;
  while (words.length < 4 && i < end) {
    let j = i;
    while (j < end && ((bytes[j] | 32) >= 97 && (bytes[j] | 32) <= 122)) j++;
    if (j === i) break;
    words.push(Buffer.from(bytes.subarray(i, j)).toString("latin1").toUpperCase());
    const kinds = KINDS_BY_WORDS[words.join(" ")];
    if (kinds && !isWordByte(bytes[j])) return kinds;
    if (j >= end || !isSpaceByte(bytes[j])) break;
    i = j;
    while (i < end && isSpaceByte(bytes[i])) i++;
  }
  return null;
}
function isSpaceByte(c) {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12;
}
function isWordByte(c) {
  return c !== void 0 && (c >= 48 && c <= 57 || (c | 32) >= 97 && (c | 32) <= 122 || c === 95 || c === 36 || c >= 128);
}
function splitByKinds(bytes, kinds) {
  if (MISREAD_BY_SPLITTER.test(bytes.toString("latin1"))) return null;
  const kept = Buffer.from(bytes);
  const leftOut = Buffer.from(bytes);
  const statements = [];
  let any = false;
  for (const [from, to] of splitStatementRanges(bytes, 0, bytes.length)) {
    const start = skipSpaceAndComments(bytes, from, to);
    if (start >= to || bytes[start] === 59) continue;
    const statementKinds = kindsOf(bytes, start, to);
    const skip = statementKinds !== null && !statementKinds.some((k) => kinds.has(k));
    if (!asComment(skip ? kept : leftOut, start, to)) return null;
    if (skip) statements.push(bytes.toString("utf8", start, to));
    any ||= skip;
  }
  return any ? { kept, leftOut, leftOutStatements: statements.join("\n") } : null;
}
function asComment(copy, start, to) {
  if (to - start < 4 || copy[start] >= 128 || copy[start + 1] >= 128 || copy[to - 1] >= 128 || copy[to - 2] >= 128) return false;
  for (let i = start; i < to; i++) {
    const c = copy[i];
    if (c < 128 && c !== 10 && c !== 13) copy[i] = 32;
  }
  copy[start] = 47;
  copy[start + 1] = 42;
  copy[to - 2] = 42;
  copy[to - 1] = 47;
  return true;
}

// src/sql/parseFile.ts
var loaded;
function loadParser() {
  loaded ??= (0, import_libpg_query3.loadModule)();
  return loaded;
}
var PLACEHOLDER = /\$\{[^}\n]*\}/;
var CHUNK_BYTES = 128 * 1024;
function openSource(raw, onStatement, options) {
  const prepared = prepareSource(raw);
  const lines = new LineIndex(prepared.text);
  const result = { statements: [], leftOut: null, leftOutStatements: "", syntaxErrors: [], notes: prepared.notes, lines };
  let bytes = lines.bytes;
  if (options.onlyKinds) {
    const split = splitByKinds(lines.bytes, options.onlyKinds);
    if (split) {
      bytes = split.kept;
      result.leftOut = split.leftOut;
      result.leftOutStatements = split.leftOutStatements;
    }
  }
  return { bytes, lines, result, emit: onStatement ?? ((s) => result.statements.push(s)), treesFor: options.treesFor };
}
function parseMigrationSql(raw, onStatement, options = {}) {
  return parseSource(openSource(raw, onStatement, options));
}
function parseSource(source) {
  const { bytes } = source;
  if (bytes.length <= CHUNK_BYTES) {
    parseRange(source, 0, bytes.length);
    return source.result;
  }
  const ranges = splitStatementRanges(bytes, 0, bytes.length);
  let next = 0;
  for (const [first, last] of piecesOf(ranges)) if (next <= last) next = parsePiece(source, ranges, Math.max(next, first), last);
  return source.result;
}
var PIECES_AHEAD = 8;
async function parseMigrationSqlBeside(thread, raw, onStatement, options = {}) {
  if (!thread || raw.length <= CHUNK_BYTES) {
    await loadParser();
    return parseMigrationSql(raw, onStatement, options);
  }
  const source = openSource(raw, onStatement, options);
  const { bytes } = source;
  const ranges = splitStatementRanges(bytes, 0, bytes.length);
  const pieces = piecesOf(ranges);
  const answers = /* @__PURE__ */ new Map();
  let asked = 0;
  let current = 0;
  let next = 0;
  for (; current < pieces.length; current++) {
    const p = current;
    for (; asked < Math.min(pieces.length, p + PIECES_AHEAD); asked++) {
      const piece = asked;
      const [first2, last2] = pieces[piece];
      void thread.parse(bytes.toString("utf8", ranges[first2][0], ranges[last2][1])).then((answer2) => {
        if (answer2 && piece >= current) answers.set(piece, answer2);
      });
    }
    await (p === 0 ? loadParser() : new Promise((resolve) => setImmediate(resolve)));
    const [first, last] = pieces[p];
    const answer = answers.get(p);
    answers.delete(p);
    if (next > last) continue;
    if (next === first && answer && "statements" in answer) {
      const from = ranges[first][0];
      const to = ranges[last][1];
      for (const s of answer.statements) emitStatement(source, from, to, s.kind, from + s.location, s.length, s.tree === null ? null : JSON.parse(s.tree));
      next = last + 1;
    } else {
      next = parsePiece(source, ranges, next, last);
    }
  }
  return source.result;
}
async function checkLeftOut(thread, parsed) {
  const leftOut = parsed.leftOut;
  if (!leftOut) return { statements: 0, syntaxErrors: [] };
  const answer = thread ? await thread.parse(parsed.leftOutStatements) : null;
  if (answer && "statements" in answer) return { statements: answer.statements.length, syntaxErrors: [] };
  await loadParser();
  let statements = 0;
  const result = { statements: [], leftOut: null, leftOutStatements: "", syntaxErrors: [], notes: [], lines: parsed.lines };
  parseSource({ bytes: leftOut, lines: parsed.lines, result, emit: () => statements++, treesFor: /* @__PURE__ */ new Set() });
  return { statements, syntaxErrors: result.syntaxErrors };
}
function piecesOf(ranges) {
  const pieces = [];
  for (let i = 0; i < ranges.length; ) {
    let j = i;
    while (j + 1 < ranges.length && ranges[j][1] - ranges[i][0] < CHUNK_BYTES) j++;
    pieces.push([i, j]);
    i = j + 1;
  }
  return pieces;
}
function parsePiece(source, ranges, first, last) {
  const from = ranges[first][0];
  for (let j = last; ; j++) {
    const to = ranges[j][1];
    const attempt = tryParse(source.bytes, from, to);
    if ("tree" in attempt) {
      emitTree(source, attempt.tree, from, to);
      return j + 1;
    }
    if (j + 1 < ranges.length && errorByteOf(attempt.error, source.lines, from) >= ranges[j][0]) continue;
    recoverFromError(source, from, to, attempt.error);
    return j + 1;
  }
}
function tryParse(bytes, from, to) {
  try {
    return { tree: (0, import_libpg_query3.parseSync)(bytes.toString("utf8", from, to)) };
  } catch (e) {
    return { error: e };
  }
}
function errorByteOf(error, lines, from) {
  const cursor = error.sqlDetails?.cursorPosition;
  return cursor === void 0 || cursor < 0 ? from : lines.byteOfCodePoint(from, cursor);
}
function parseRange(source, from, to) {
  const first = skipSpaceAndComments(source.bytes, from, to);
  if (first >= to) return;
  const attempt = tryParse(source.bytes, from, to);
  if ("error" in attempt) recoverFromError(source, from, to, attempt.error);
  else emitTree(source, attempt.tree, from, to);
}
function emitTree(source, tree, from, to) {
  for (const raw of tree.stmts ?? []) {
    const kind = Object.keys(raw.stmt)[0];
    emitStatement(source, from, to, kind, from + (raw.stmt_location ?? 0), raw.stmt_len ?? 0, raw.stmt[kind]);
  }
}
function emitStatement(source, from, to, kind, location, length, node) {
  const { bytes, lines, treesFor } = source;
  const start = skipSpaceAndComments(bytes, location, to);
  let end = Math.min(length ? location + length : to, to);
  while (end > start && isSpace(bytes[end - 1])) end--;
  if (bytes[end] === 59) end++;
  source.emit({
    kind,
    node: treesFor && !treesFor.has(kind) ? null : node,
    text: bytes.toString("utf8", start, end),
    start: lines.positionOfByte(start),
    end: lastCharacter(lines, end)
  });
}
function recoverFromError(source, from, to, error) {
  const { bytes, lines, result: out } = source;
  const message = String(error.message ?? error);
  if (/cannot be empty/i.test(message)) return;
  const errorByte = errorByteOf(error, lines, from);
  const ranges = splitStatementRanges(bytes, from, to);
  const failing = ranges.find(([s, e]) => errorByte >= s && errorByte < e) ?? ranges[ranges.length - 1] ?? [from, to];
  const [failStart, failEnd] = failing;
  if (failStart > from) parseRange(source, from, failStart);
  const statementText = bytes.toString("utf8", failStart, failEnd);
  const placeholder = PLACEHOLDER.exec(statementText);
  const shown = Math.min(Math.max(errorByte, skipSpaceAndComments(bytes, failStart, failEnd)), to);
  let end = failEnd;
  while (end > failStart && isSpace(bytes[end - 1])) end--;
  const start = lines.positionOfByte(placeholder ? failStart + Buffer.byteLength(statementText.slice(0, placeholder.index)) : shown);
  const pastLastCharacter = !placeholder && shown >= bytes.length;
  out.syntaxErrors.push({
    message: placeholder ? `placeholder ${placeholder[0]} (Flyway-style) cannot be read as SQL: substitute it before linting (${message})` : message,
    start,
    end: pastLastCharacter ? start : lastCharacter(lines, Math.max(end, shown + 1))
  });
  out.syntaxErrors.sort((a, b) => a.start.line - b.start.line || a.start.column - b.start.column);
  if (failEnd < to) parseRange(source, failEnd, to);
}
function lastCharacter(lines, end) {
  const after = lines.positionOfByte(end);
  return after.column > 1 ? { line: after.line, column: after.column - 1 } : after;
}
function isSpace(c) {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12;
}

// src/sql/parserThread.ts
import { existsSync as existsSync2 } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

// src/sql/parserProtocol.ts
var PARSER_READY = "ready";

// src/sql/parserThread.ts
var ParserThread = class _ParserThread {
  constructor(worker) {
    this.worker = worker;
    let loaded2;
    this.ready = new Promise((resolve) => loaded2 = resolve);
    worker.on("message", (result) => {
      if (result === PARSER_READY) return loaded2();
      this.waiting.get(result.id)?.(result);
      this.waiting.delete(result.id);
      if (this.waiting.size === 0) worker.unref();
    });
    const fail = () => {
      this.failed = true;
      loaded2();
      for (const waiter of this.waiting.values()) waiter(null);
      this.waiting.clear();
    };
    worker.on("error", fail);
    worker.on("exit", fail);
    worker.unref();
  }
  worker;
  nextId = 0;
  waiting = /* @__PURE__ */ new Map();
  failed = false;
  /** Resolves when the worker's parser has loaded, or the worker has failed. */
  ready;
  /** The worker beside this module (or at `script`), or null when there is none. */
  static start(treesFor, script = new URL("./parser-worker.js", import.meta.url)) {
    if (script.protocol !== "file:" || !existsSync2(fileURLToPath(script))) return null;
    try {
      const data = { treesFor: [...treesFor] };
      return new _ParserThread(new Worker(script, { workerData: data }));
    } catch {
      return null;
    }
  }
  /**
   * Parses `text` on the worker. Never rejects: null means the worker is gone
   * and the caller parses the piece itself (pieces asked for ahead and then
   * not waited for must not become unhandled rejections).
   */
  parse(text) {
    if (this.failed) return Promise.resolve(null);
    const id = this.nextId++;
    return new Promise((resolve) => {
      if (this.waiting.size === 0) this.worker.ref();
      this.waiting.set(id, resolve);
      this.worker.postMessage({ id, text });
    });
  }
  stop() {
    return this.worker.terminate();
  }
};

// src/suppressions.ts
var SUPPRESSION = /^\s*--\s*pg-index-lint-ignore\s+([a-z][a-z-]*(?:\s*,\s*[a-z][a-z-]*)*)\s*(?::\s*(.*))?$/;
var COMMENT_LINE = /^\s*--/;
var FileSuppressions = class {
  constructor(lines) {
    this.lines = lines;
    lines.forEach((text, i) => {
      const m = SUPPRESSION.exec(text);
      if (!m) return;
      const s = {
        line: i + 1,
        column: text.indexOf("--") + 1,
        rules: m[1].split(",").map((r) => r.trim()),
        reason: (m[2] ?? "").trim(),
        used: false
      };
      this.all.push(s);
      this.byLine.set(i + 1, s);
    });
  }
  lines;
  all = [];
  byLine = /* @__PURE__ */ new Map();
  /** Is a finding of `rule` on a statement starting at `line` suppressed? Marks the suppression used. */
  suppresses(rule, line) {
    for (let l = line - 1; l >= 1 && COMMENT_LINE.test(this.lines[l - 1] ?? ""); l--) {
      const s = this.byLine.get(l);
      if (s && s.rules.includes(rule)) {
        s.used = true;
        return true;
      }
    }
    return false;
  }
};

// src/engine.ts
async function run(options) {
  const parserLoaded = loadParser();
  parserLoaded.catch(() => void 0);
  const model = new SchemaModel();
  const replayer = new Replayer(model);
  const findings = [];
  const notes = [];
  const fileStates = /* @__PURE__ */ new Map();
  const fkWatch = new ForeignKeyWatch(model);
  let sequence = 0;
  let statements = 0;
  if (options.base) {
    await parserLoaded;
    const source = options.base.source;
    const loaded2 = await options.base.load(model, (message) => notes.push({ file: source, line: 0, message }));
    sequence = loaded2.sequence;
    for (const message of loaded2.notes) notes.push({ file: source, line: 0, message });
    if (!loaded2.foreignKeysKnown) {
      notes.push({ file: source, line: 0, message: "this is a pg_indexes export: it has no foreign keys, so the foreign keys already in the database cannot be checked (take a snapshot with `pg-index-lint snapshot` for that)" });
    }
  }
  let parserThread;
  const notesByFile = [];
  try {
    for (const file of options.files) {
      const raw = readMigrationFile(file, displayPath(file, options.cwd));
      const changed = options.changed === null || options.changed.has(file);
      const historyOnly = options.mode === "lint" && !changed && !options.parseWholeHistory;
      if (parserThread === void 0 && (raw.length > CHUNK_BYTES || historyOnly)) parserThread = ParserThread.start(replayer.kinds);
      notesByFile.push((await replayFile(file, raw, changed, historyOnly, parserThread ?? null)).notes);
    }
    for (const fileNotes of notesByFile) notes.push(...await fileNotes);
  } finally {
    await parserThread?.stop();
  }
  async function replayFile(file, raw, changed, historyOnly, thread) {
    const display = displayPath(file, options.cwd);
    const report = changed || options.mode === "audit";
    const fileNotes = [];
    const parsed = await parseMigrationSqlBeside(
      thread,
      raw,
      (statement) => {
        statements++;
        const origin = {
          file: display,
          line: statement.start.line,
          column: statement.start.column,
          endLine: statement.end.line,
          endColumn: statement.end.column,
          sequence: sequence++,
          changed
        };
        if (changed && options.mode === "lint") fkWatch.start();
        const touched = replayer.apply(statement, origin, (message, kind) => {
          if (kind === "conflict") findings.push({ ...blankFinding("index-name-conflict", { file: display }), ...span(origin), message });
          else if (report) fileNotes.push({ file: display, line: origin.line, message });
        });
        fkWatch.after(touched, origin);
      },
      { treesFor: replayer.kinds, onlyKinds: historyOnly ? replayer.kinds : void 0 }
    );
    fileStates.set(display, { display, changed, suppressions: new FileSuppressions(parsed.lines.text.split(/\r\n|\n|\r/)) });
    for (const n of parsed.notes) if (report) fileNotes.push({ file: display, line: n.line, message: n.message });
    const syntaxNotes = (errors2) => {
      for (const e of errors2) {
        if (report) {
          findings.push({
            ...blankFinding("syntax-error", { file: display }),
            line: e.start.line,
            column: e.start.column,
            endLine: e.end.line,
            endColumn: e.end.column,
            message: `syntax error: ${e.message}; this statement is not applied to the schema model`
          });
        } else {
          fileNotes.push({ file: display, line: e.start.line, message: `syntax error (${e.message}); the statement is not applied to the schema model` });
        }
      }
      return fileNotes.sort((a, b) => a.line - b.line);
    };
    if (!parsed.leftOut) return { notes: Promise.resolve(syntaxNotes(parsed.syntaxErrors)) };
    const notes2 = checkLeftOut(thread, parsed).then((leftOut) => {
      statements += leftOut.statements;
      const errors2 = [...parsed.syntaxErrors, ...leftOut.syntaxErrors].sort((a, b) => a.start.line - b.start.line || a.start.column - b.start.column);
      return syntaxNotes(errors2);
    });
    return { notes: notes2 };
  }
  const placed = [];
  for (const rule of RULES) {
    const setting = options.config.rules[rule.id] ?? rule.defaultSeverity;
    if (setting === "off") continue;
    for (const hit of rule.check(model)) {
      if (ignored(hit, options.config)) continue;
      const at = placeHit(hit, options.mode, fkWatch);
      if (at) placed.push({ hit, setting, at });
    }
  }
  if (options.indexSizes) {
    const unsized = [...new Set(placed.flatMap(({ hit }) => hit.index && hit.index.origin.file === null && hit.index.sizeBytes === void 0 ? [hit.index] : []))];
    const sizes = await options.indexSizes(unsized);
    for (const index of unsized) {
      const size = sizes.get(`${index.schema}.${index.name}`);
      if (size !== void 0) index.sizeBytes = size;
    }
  }
  for (const { hit, setting, at } of placed) {
    const finding = toFinding(hit, setting, at);
    if (hit.foreignKey && fkWatch.uncoveredBy.get(hit.foreignKey) === at) finding.message += "; this statement removed the last index that served it";
    findings.push(finding);
  }
  const kept = applySuppressions(findings, fileStates);
  const order = new Map(options.files.map((f, i) => [displayPath(f, options.cwd), i]));
  kept.sort(
    (a, b) => (
      // What a database holds comes first, the biggest first: that is what there is to reclaim.
      (a.file === null ? 0 : 1) - (b.file === null ? 0 : 1) || (b.sizeBytes ?? -1) - (a.sizeBytes ?? -1) || (order.get(a.file ?? "") ?? -1) - (order.get(b.file ?? "") ?? -1) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.rule.localeCompare(b.rule) || (a.index ?? a.foreignKey ?? "").localeCompare(b.index ?? b.foreignKey ?? "")
    )
  );
  const errors = kept.filter((f) => f.severity === "error").length;
  const sized = kept.filter((f) => f.sizeBytes !== null);
  return {
    findings: kept,
    notes,
    summary: {
      files: options.files.length,
      statements,
      findings: kept.length,
      errors,
      warnings: kept.length - errors,
      notes: notes.length,
      reclaimableBytes: sized.length ? sized.reduce((sum, f) => sum + (f.sizeBytes ?? 0), 0) : null
    }
  };
}
function displayPath(file, cwd) {
  const rel = path3.relative(cwd, file);
  return (rel.startsWith("..") || path3.isAbsolute(rel) ? file : rel).split(path3.sep).join("/");
}
var ForeignKeyWatch = class {
  constructor(model) {
    this.model = model;
  }
  model;
  active = false;
  covered = /* @__PURE__ */ new Map();
  uncoveredBy = /* @__PURE__ */ new Map();
  start() {
    if (this.active) return;
    this.active = true;
    for (const fk of this.model.allForeignKeys()) this.covered.set(fk, foreignKeyCovered(this.model, fk));
  }
  after(touched, origin) {
    if (!this.active) return;
    for (const key of touched) {
      for (const fk of this.model.tables.get(key)?.foreignKeys ?? []) {
        const now = foreignKeyCovered(this.model, fk);
        const before = this.covered.get(fk);
        if (before === true && !now && origin.changed) this.uncoveredBy.set(fk, origin);
        if (now) this.uncoveredBy.delete(fk);
        this.covered.set(fk, now);
      }
    }
  }
};
function placeHit(hit, mode, fkWatch) {
  if (hit.foreignKey) {
    if (mode === "audit") return hit.foreignKey.origin;
    return fkWatch.uncoveredBy.get(hit.foreignKey) ?? (hit.foreignKey.origin.changed ? hit.foreignKey.origin : null);
  }
  const index = hit.index;
  if (mode === "audit" || index.origin.changed) return index.origin;
  return hit.related.find((k) => k.origin.changed)?.origin ?? null;
}
function ignored(hit, config) {
  if (tableIgnored(config, hit.table)) return true;
  const indexes = hit.index ? [hit.index] : [];
  return indexes.some((i) => indexIgnored(config, i.schema, i.name));
}
function span(at) {
  if (at.file === null) return { file: null, line: null, column: null, endLine: null, endColumn: null };
  return { file: at.file, line: at.line, column: at.column, endLine: at.endLine, endColumn: at.endColumn };
}
function toFinding(hit, severity, at) {
  const index = hit.index;
  return {
    rule: hit.rule,
    severity,
    ...span(at),
    table: hit.table,
    index: index?.name ?? null,
    relatedIndexes: index ? hit.related.map((r) => r.name) : null,
    constraint: index?.constraint?.name ?? null,
    foreignKey: hit.foreignKey?.name ?? null,
    columns: hit.foreignKey ? [...hit.foreignKey.columns] : index ? index.keys.map((k) => k.kind === "column" ? k.column : k.expression) : null,
    sizeBytes: index?.sizeBytes ?? null,
    scans: index?.scans ?? null,
    message: hit.message,
    fix: hit.fix
  };
}
function applySuppressions(findings, files) {
  const kept = findings.filter((f) => {
    const state = f.file ? files.get(f.file) : void 0;
    return !(state && f.line !== null && state.suppressions.suppresses(f.rule, f.line));
  });
  for (const state of files.values()) {
    if (!state.changed) continue;
    for (const s of state.suppressions.all) {
      if (s.used) continue;
      kept.push({
        ...blankFinding("unused-suppression", { file: state.display }),
        severity: "warning",
        line: s.line,
        column: s.column,
        endLine: s.line,
        endColumn: s.column,
        message: `pg-index-lint-ignore ${s.rules.join(", ")} matches no finding on the next statement; remove it`
      });
    }
  }
  return kept;
}

// src/pipeline.ts
function takeSnapshot(start) {
  return readCatalog(start);
}
async function runPipeline(input) {
  if (input.start.kind === "database") return withCatalog(input.start, (base, indexSizes) => runFrom(input, base, indexSizes));
  return runFrom(input, input.start.kind === "snapshot" ? snapshotCatalog(readSnapshotFile(input.start.file)) : void 0);
}
async function runFrom(input, base, indexSizes) {
  let files = [...input.files];
  if (input.changed) {
    if (base) files = [];
    for (const f of input.changed) if (!files.includes(f)) files.push(f);
  }
  const report = await run({ mode: input.mode, files, changed: input.changed ? new Set(input.changed) : null, config: input.config, cwd: input.cwd, base, indexSizes });
  return { report, base };
}

// src/version.ts
import { readFileSync as readFileSync4 } from "node:fs";
function packageVersion() {
  try {
    const pkg = JSON.parse(readFileSync4(new URL("../package.json", import.meta.url), "utf8"));
    return pkg.version ?? "unknown";
  } catch {
    return "unknown";
  }
}

// src/cli/args.ts
var HELP = `pg-index-lint \u2014 find redundant PostgreSQL indexes and unindexed foreign keys

Usage:
  pg-index-lint audit [PATH...] [options]    everything redundant in the schema (files, or a database)
  pg-index-lint lint  [PATH...] [options]    only what the changed files introduce, on their lines
  pg-index-lint snapshot [options]           save a database's catalog to a JSON snapshot

PATH is a migration file or a directory of them. Files are applied in the order
given; a directory is expanded in version order (2_x before 10_x; Prisma and
diesel <version>/migration.sql and <version>/up.sql folders by folder name).
Down migrations are skipped. Without PATH, "migrations" from the config file;
an audit with neither reads the database of DATABASE_URL / the PG* variables.

Options:
  --changed FILE         (lint) a file under review; repeat or comma-separate.
                         Without it every file counts as changed.
  --database-url URL     start from this live database (read-only; DATABASE_URL
                         and the PG* variables are used by snapshot and a bare audit)
  --snapshot FILE        start from a snapshot, or a pg_indexes export (CSV/JSON)
                         With either, lint replays only the changed files on top.
  --fix-file FILE        (audit) write a reviewable SQL script of the fixes
  -o, --output FILE      (snapshot) write here instead of standard output
  --schema NAME          read only this schema from the database; repeatable
  --connect-timeout S    seconds to wait for the database (default 10)
  --statement-timeout S  seconds the catalog query may take (default 60)
  --format FORMAT        text (default) or json
  --config FILE          configuration file (default: ./pg-index-lint.json if present)
  -h, --help             show this help
  -V, --version          show the version

Rules: duplicate-index, duplicates-constraint, leading-prefix, invalid-index
(error); unindexed-foreign-key (warning); syntax-error (error).
Suppress one finding with a comment on the line before the statement:
  -- pg-index-lint-ignore leading-prefix: <reason>

Exit codes: 0 no error findings, 1 error findings, 2 the tool could not do its job.
`;
function parseArgs(argv) {
  const args = {
    command: "help",
    paths: [],
    changed: [],
    format: "text",
    config: void 0,
    databaseUrl: void 0,
    snapshot: void 0,
    output: void 0,
    fixFile: void 0,
    schemas: [],
    connectTimeout: 10,
    statementTimeout: 60
  };
  let command;
  const rest = [...argv];
  const valueOf = (flag, inline) => {
    const v = inline ?? rest.shift();
    if (v === void 0 || inline === void 0 && v.startsWith("-") && v !== "-") throw new UsageError(`${flag} needs a value`);
    return v;
  };
  const seconds = (flag, inline) => {
    const v = Number(valueOf(flag, inline));
    if (!Number.isFinite(v) || v <= 0) throw new UsageError(`${flag} takes a number of seconds greater than 0`);
    return v;
  };
  while (rest.length) {
    const arg = rest.shift();
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, void 0];
    switch (flag) {
      case "-h":
      case "--help":
        return { ...args, command: "help" };
      case "-V":
      case "--version":
        return { ...args, command: "version" };
      case "--changed":
        args.changed.push(...valueOf(flag, inline).split(",").filter(Boolean));
        break;
      case "--format": {
        const f = valueOf(flag, inline);
        if (f !== "text" && f !== "json") throw new UsageError(`--format must be text or json, not "${f}"`);
        args.format = f;
        break;
      }
      case "--config":
        args.config = valueOf(flag, inline);
        break;
      case "--database-url":
        args.databaseUrl = valueOf(flag, inline);
        break;
      case "--snapshot":
        args.snapshot = valueOf(flag, inline);
        break;
      case "--fix-file":
        args.fixFile = valueOf(flag, inline);
        break;
      case "-o":
      case "--output":
        args.output = valueOf(flag, inline);
        break;
      case "--schema":
        args.schemas.push(valueOf(flag, inline));
        break;
      case "--connect-timeout":
        args.connectTimeout = seconds(flag, inline);
        break;
      case "--statement-timeout":
        args.statementTimeout = seconds(flag, inline);
        break;
      default:
        if (flag.startsWith("-") && flag !== "-") throw new UsageError(`unknown option ${flag} (see --help)`);
        if (command === void 0) command = arg;
        else args.paths.push(arg);
    }
  }
  if (command === void 0) return args;
  if (command !== "audit" && command !== "lint" && command !== "snapshot") throw new UsageError(`unknown command "${command}" (expected audit, lint or snapshot; see --help)`);
  args.command = command;
  if (command !== "lint" && args.changed.length) throw new UsageError(`--changed is for lint; ${command} reads the whole schema`);
  if (args.databaseUrl && args.snapshot) throw new UsageError("give --database-url or --snapshot, not both");
  if (command !== "audit" && args.fixFile) throw new UsageError("--fix-file is for audit");
  if (command === "snapshot" && (args.snapshot || args.paths.length)) throw new UsageError("snapshot reads a database: give --database-url (or DATABASE_URL), no files");
  if (command !== "snapshot" && args.output) throw new UsageError("--output is for snapshot");
  return args;
}

// src/cli/main.ts
async function runCli(argv, io) {
  const env = io.env ?? process.env;
  let secretUrl = env.DATABASE_URL;
  try {
    const args = parseArgs(argv);
    secretUrl = args.databaseUrl ?? secretUrl;
    if (args.command === "help") {
      io.stdout(HELP);
      return 0;
    }
    if (args.command === "version") {
      io.stdout(`${packageVersion()}
`);
      return 0;
    }
    if (args.command === "snapshot") {
      const snapshot = await takeSnapshot(databaseStart(args, env));
      if (args.output) {
        writeOutput(path4.resolve(io.cwd, args.output), () => writeSnapshot(snapshot, path4.resolve(io.cwd, args.output)));
        io.stderr(`pg-index-lint: snapshot of ${snapshot.database} (PostgreSQL ${snapshot.serverVersion}): ${snapshot.tables.length} tables, ${snapshot.indexes.length} indexes, ${snapshot.foreignKeys?.length ?? 0} foreign keys \u2192 ${args.output}
`);
        for (const note of snapshot.notes ?? []) io.stderr(`pg-index-lint: note: ${note}
`);
      } else {
        const { source: _source, ...document } = snapshot;
        io.stdout(JSON.stringify(document, null, 2) + "\n");
      }
      return 0;
    }
    const config = loadConfig(args.config, io.cwd);
    const inputs = args.paths.length ? args.paths : config.migrations.map((p) => path4.relative(io.cwd, p) || ".");
    const databaseInEnv = Boolean(env.DATABASE_URL || env.PGHOST || env.PGDATABASE);
    const liveByDefault = args.command === "audit" && inputs.length === 0 && !args.snapshot && databaseInEnv;
    const start = args.snapshot ? { kind: "snapshot", file: path4.resolve(io.cwd, args.snapshot) } : args.databaseUrl || liveByDefault ? databaseStart(args, env) : { kind: "files" };
    if (start.kind === "files" && inputs.length === 0) {
      throw new UsageError('no migration files given: name files or directories, set "migrations" in pg-index-lint.json, or give --database-url / --snapshot');
    }
    const files = inputs.length ? expandMigrationPaths(inputs, io.cwd) : [];
    if (start.kind === "files" && files.length === 0) throw new UsageError(`no migration files found in ${inputs.join(", ")}`);
    const changed = args.command === "lint" && args.changed.length ? expandMigrationPaths(args.changed, io.cwd) : null;
    const { report, base } = await runPipeline({ mode: args.command, files, changed, start, config, cwd: io.cwd });
    if (args.fixFile) {
      const target = path4.resolve(io.cwd, args.fixFile);
      writeOutput(target, () => writeFileSync2(target, formatFixFile(report, base?.source ?? "the migration files")));
    }
    io.stdout(args.format === "json" ? formatJson(report) : formatText(report));
    return report.summary.errors > 0 ? 1 : 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`${printable(`pg-index-lint: ${redact(e.message, secretUrl, env)}`)}
`);
      return 2;
    }
    io.stderr(`${printable(`pg-index-lint: internal error: ${redact(e?.message ?? String(e), secretUrl, env)}`)}
`);
    if (env.PG_INDEX_LINT_DEBUG) io.stderr(`${redact(e?.stack ?? "", secretUrl, env)}
`);
    return 2;
  }
}
function databaseStart(args, env) {
  const { url, source } = resolveDatabaseUrl(args.databaseUrl, env);
  return {
    kind: "database",
    url,
    source,
    connectTimeoutSeconds: args.connectTimeout,
    statementTimeoutSeconds: args.statementTimeout,
    schemas: args.schemas.length ? args.schemas : null
  };
}
function writeOutput(file, write) {
  try {
    write();
  } catch (e) {
    throw new UsageError(`${file}: cannot be written (${e.code ?? String(e)})`);
  }
}

// src/cli.ts
var code = await runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  cwd: process.cwd()
});
process.exitCode = code;
