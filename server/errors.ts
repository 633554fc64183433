// Typed errors: tests check `name`, the HTTP layer maps `status` in one place.

export class AppError extends Error {
  constructor(
    name: string,
    message: string,
    readonly status: number,
    readonly code: string,
  ) {
    super(message);
    this.name = name;
  }
}

export class NotFoundError extends AppError {
  constructor(message: string) {
    super('NotFoundError', message, 404, 'not_found');
  }
}

export class InvalidInputError extends AppError {
  constructor(message: string) {
    super('InvalidInputError', message, 400, 'bad_request');
  }
}

export class UnsupportedFileError extends AppError {
  constructor(message: string) {
    super('UnsupportedFileError', message, 415, 'unsupported_file');
  }
}

export class TooLargeError extends AppError {
  constructor(message: string) {
    super('TooLargeError', message, 413, 'too_large');
  }
}

export class InvalidBatchError extends AppError {
  constructor(message: string) {
    super('InvalidBatchError', message, 400, 'invalid_batch');
  }
}

export class CorruptStoreError extends AppError {
  constructor(message: string) {
    super('CorruptStoreError', message, 503, 'store_corrupt');
  }
}

export class StoreUnavailableError extends AppError {
  constructor(message: string) {
    super('StoreUnavailableError', message, 503, 'store_unavailable');
  }
}

export class ConfigError extends AppError {
  constructor(message: string) {
    super('ConfigError', message, 500, 'config');
  }
}
