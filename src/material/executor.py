# The material's page fetch (§1.5.2), made offline: proc-lab starts a local web server and passes
# its address, with one page (/hang) that never answers, standing for the material's google.com.
# Every line that differs from the material says "proc-lab:" and why; the rest is the material's.
import sys
import urllib.request  # proc-lab: the standard library instead of requests, nothing to install
from concurrent.futures import ProcessPoolExecutor
BASE = sys.argv[1] if len(sys.argv) > 1 else 'http://127.0.0.1:8000'  # proc-lab: the local server
TIMEOUT = float(sys.argv[2]) if len(sys.argv) > 2 else 3.0  # proc-lab: requests.get(url) had none, so a hung page could hold shutdown forever
def fetch_request(url):
    try:
        result = urllib.request.urlopen(url, timeout=TIMEOUT)
        print(result.read().decode())
    except OSError as err:  # proc-lab: the hung page ends here, after TIMEOUT seconds
        print(url, 'failed:', err)
url_list = [
    BASE + '/fast?baidu',  # proc-lab: stands for https://www.baidu.com
    BASE + '/hang', #google页面会卡住,知道页面超时后这个进程才结束
    BASE + '/fast?chouti', #chouti页面内容会直接返回,不会等待Google页面的返回
]
if __name__ == '__main__':
    pool = ProcessPoolExecutor(10) # 创建线程池
    for url in url_list:
        pool.submit(fetch_request,url) # 去线程池中获取一个进程,进程去执行fetch_request方法
    pool.shutdown(wait = True)
    # shutdown相当于一个开关,它会读取程序中所设定的进程总数,直至每开启一个进程,它读取设定的总数就会减一,直至为0时便会打印主线程
