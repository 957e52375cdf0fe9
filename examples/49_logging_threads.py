# Which thread said what: logging from a thread pool
# Beyond the seeds: the logging set-up most threading tutorials use.
# Watch: every line names the thread that logged it (%(threadName)s) and when,
# in ms since the program started (%(relativeCreated)d); three fetcher threads
# take the six pages in turn, and the main thread reports each page in order
# as pool.map hands the results back.
import concurrent.futures
import logging
import sys
import time

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format='%(relativeCreated)5d ms  %(threadName)-10s %(levelname)-5s %(message)s')


def fetch(page):
    logging.info('fetching page %d', page)
    time.sleep(0.2 + 0.1 * (page % 3))  # the network
    logging.debug('page %d: %d bytes', page, 1000 * (page + 1))
    return page


if __name__ == '__main__':
    with concurrent.futures.ThreadPoolExecutor(max_workers=3, thread_name_prefix='fetcher') as pool:
        for page in pool.map(fetch, range(6)):
            logging.info('page %d done', page)
    logging.warning('all pages fetched')
