from multiprocessing import Process,Pool
import time,os
def foo(i):
    time.sleep(2)
    print("in the process",os.getpid()) #打印子进程的pid
    return i+100
def call(arg):
    print('-->exec done:',arg,os.getpid())
if __name__ == '__main__':
    pool = Pool(3) #进程池最多允许5个进程放入进程池
    print("主进程pid:",os.getpid()) #打印父进程的pid
    for i in range(10):
        #用法1 callback作用是指定只有当Foo运行结束后就执行callback调用的函数,父进程调用的callback函数
        pool.apply_async(func=foo, args=(i,),callback=call)
        #用法2 串行 启动进程不在用Process而是直接用pool.apply()
        # pool.apply(func=foo, args=(i,))
    print('end')
    pool.close() #关闭pool
    pool.join() #进程池中进程执行完毕后再关闭,如果注释,那么程序直接关闭。
